package dev.interopatlas.indexer.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;

/** Builds commits and tags straight into a JGit object database, so tests control every tree entry. */
final class TestRepo implements AutoCloseable {
    private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.org",
            java.time.Instant.ofEpochSecond(1_700_000_000L), java.time.ZoneOffset.UTC);

    private final Repository repository;
    private final Path gitDir;
    private ObjectId head;

    private TestRepo(Repository repository, Path gitDir) {
        this.repository = repository;
        this.gitDir = gitDir;
    }

    /** A fresh repository with a work tree at {@code dir} (git dir {@code dir/.git}), or bare at {@code dir}. */
    static TestRepo init(Path dir, boolean bare) throws Exception {
        Git git = Git.init().setDirectory(dir.toFile()).setBare(bare).call();
        Repository repository = git.getRepository();
        return new TestRepo(repository, repository.getDirectory().toPath());
    }

    Repository repository() {
        return repository;
    }

    Path gitDir() {
        return gitDir;
    }

    /** A tree entry: content and mode. */
    record Entry(String content, FileMode mode) {
        static Entry file(String content) {
            return new Entry(content, FileMode.REGULAR_FILE);
        }
    }

    static Map<String, Entry> files(String... pathsAndContents) {
        Map<String, Entry> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], Entry.file(pathsAndContents[i + 1]));
        }
        return files;
    }

    /** Commits exactly {@code entries} as the whole tree (gitlinks point at the previous commit). */
    ObjectId commit(Map<String, Entry> entries) throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                DirCacheEntry entry = new DirCacheEntry(e.getKey());
                entry.setFileMode(e.getValue().mode());
                try {
                    entry.setObjectId(e.getValue().mode() == FileMode.GITLINK
                            ? ObjectId.fromString("0123456789012345678901234567890123456789")
                            : inserter.insert(Constants.OBJ_BLOB,
                                    e.getValue().content().getBytes(StandardCharsets.UTF_8)));
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
                builder.add(entry);
            });
            builder.finish();
            ObjectId tree = index.writeTree(inserter);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            commit.setAuthor(AUTHOR);
            commit.setCommitter(AUTHOR);
            commit.setMessage("commit");
            if (head != null) {
                commit.setParentId(head);
            }
            head = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository.updateRef(Constants.R_HEADS + "master");
            update.setNewObjectId(head);
            update.setForceUpdate(true);
            update.update();
            return head;
        }
    }

    void lightweightTag(String name, ObjectId target) throws IOException {
        RefUpdate update = repository.updateRef(Constants.R_TAGS + name);
        update.setNewObjectId(target);
        update.setForceUpdate(true);
        update.update();
    }

    ObjectId annotatedTag(String name, ObjectId target, int targetType) throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            TagBuilder tag = new TagBuilder();
            tag.setTag(name);
            tag.setObjectId(target, targetType);
            tag.setTagger(AUTHOR);
            tag.setMessage("release " + name);
            ObjectId id = inserter.insert(tag);
            inserter.flush();
            lightweightTag(name, id);
            return id;
        }
    }

    ObjectId annotatedTag(String name, ObjectId commit) throws IOException {
        return annotatedTag(name, commit, Constants.OBJ_COMMIT);
    }

    @Override
    public void close() {
        repository.close();
    }
}
