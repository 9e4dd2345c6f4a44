package dev.interopatlas.app.ui.testing;

import dev.interopatlas.samples.SampleRepository;
import dev.interopatlas.samples.SampleTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
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
 * A bare repository with two releases: {@code v7.3} is the sample's v7.3 tree, {@code v7.4} the same tree with
 * one planted edit (the indexer's PlantedChangesTest builds its repositories the same way). Written afresh at a
 * fixed place under target/, with fixed dates, so its commits and the facts cache entry keyed by its path are the
 * same on every run.
 */
public final class PlantedRepository {
    private static final PersonIdent WHO = new PersonIdent("Test", "test@example.org",
            Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

    private PlantedRepository() {
    }

    /** Creates {@code gitDir}, replacing what was there, with {@code from} replaced by {@code to} in v7.4's {@code path}. */
    public static Path create(Path gitDir, String path, String from, String to) throws Exception {
        delete(gitDir);
        Path scratch = Files.createTempDirectory("planted-tree");
        try {
            Path tree = SampleTrees.extract("v7.3", scratch.resolve("tree"));
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(tree)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    files.put(tree.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
            String text = new String(files.get(path), StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(path + " has no " + from);
            }
            Map<String, byte[]> planted = new TreeMap<>(files);
            planted.put(path, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
            try (Git git = Git.init().setDirectory(gitDir.toFile()).setBare(true).call()) {
                Repository repo = git.getRepository();
                tag(repo, "v7.3", commit(repo, files));
                tag(repo, "v7.4", commit(repo, planted));
            }
            return gitDir;
        } finally {
            delete(scratch);
        }
    }

    private static ObjectId commit(Repository repo, Map<String, byte[]> files) throws IOException {
        return SampleRepository.writeCommit(repo, files, WHO, "planted");
    }

    private static void tag(Repository repo, String name, ObjectId commit) throws IOException {
        RefUpdate update = repo.updateRef(Constants.R_TAGS + name);
        update.setNewObjectId(commit);
        update.setForceUpdate(true);
        update.update();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
