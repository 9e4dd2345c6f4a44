package dev.interopatlas.indexer.impact;

import dev.interopatlas.samples.SampleRepository;
import dev.interopatlas.samples.SampleTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * A bare repository whose commit tagged {@code base} is the sample's v7.3 tree; {@link #plant} commits that tree
 * with one file edited and tags it, so each test compares base with exactly one planted change.
 */
final class PlantedRepo implements AutoCloseable {
    private static final PersonIdent WHO = new PersonIdent("Test", "test@example.org",
            java.time.Instant.ofEpochSecond(1_700_000_000L), java.time.ZoneOffset.UTC);

    private final Path gitDir;
    private final Repository repository;
    private final Map<String, byte[]> base;

    private PlantedRepo(Path gitDir, Repository repository, Map<String, byte[]> base) {
        this.gitDir = gitDir;
        this.repository = repository;
        this.base = base;
    }

    static PlantedRepo create(Path temp) throws Exception {
        Path tree = SampleTrees.extract("v7.3", temp.resolve("tree"));
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(tree.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        Path gitDir = temp.resolve("repo.git");
        Git git = Git.init().setDirectory(gitDir.toFile()).setBare(true).call();
        PlantedRepo repo = new PlantedRepo(gitDir, git.getRepository(), files);
        repo.tag("base", repo.commit(files));
        return repo;
    }

    Path gitDir() {
        return gitDir;
    }

    /** Commits the base tree with {@code from} replaced by {@code to} in {@code path} (which must contain it). */
    void plant(String tag, String path, String from, String to) throws IOException {
        String text = new String(base.get(path), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " has no " + from);
        }
        Map<String, byte[]> files = new TreeMap<>(base);
        files.put(path, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
        tag(tag, commit(files));
    }

    private ObjectId commit(Map<String, byte[]> files) throws IOException {
        return SampleRepository.writeCommit(repository, files, WHO, "planted");
    }

    private void tag(String name, ObjectId commit) throws IOException {
        RefUpdate update = repository.updateRef(Constants.R_TAGS + name);
        update.setNewObjectId(commit);
        update.setForceUpdate(true);
        update.update();
    }

    @Override
    public void close() {
        repository.close();
    }
}
