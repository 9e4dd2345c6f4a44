package dev.interopatlas.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
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

/**
 * Turns the sample releases into a git repository: one commit per release on branch {@code main}, oldest
 * first, each tagged with an annotated tag named after the release ({@code v6.1}, {@code v6.8}, {@code v6.12}, {@code v7.3}).
 *
 * <p>Author, committer, tagger and their dates are fixed, so the object ids are the same on every machine.
 */
public final class SampleRepository {

    /** The branch the commits go to. */
    public static final String BRANCH = "main";

    private static final String NAME = "Mini Atlas Maintainers";
    private static final String EMAIL = "minikernel@interop-atlas.invalid";
    /** Commit dates, one per release in order; later releases beyond this list get a day more each. */
    private static final List<Instant> DATES = List.of(
            Instant.parse("2022-12-11T22:15:00Z"),
            Instant.parse("2024-03-10T21:38:00Z"),
            Instant.parse("2024-11-17T22:52:00Z"),
            Instant.parse("2026-08-16T21:04:00Z"));

    private SampleRepository() {
    }

    /**
     * Creates the repository in {@code dir}, which must be absent or empty. A non-bare repository gets its
     * working tree checked out at the newest release.
     *
     * @return {@code dir}: the git directory when {@code bare}, else the working tree root
     */
    public static Path create(Path dir, boolean bare) throws IOException {
        requireEmpty(dir);
        Files.createDirectories(dir);
        try (Git git = Git.init().setDirectory(dir.toFile()).setBare(bare).setInitialBranch(BRANCH).call()) {
            Repository repo = git.getRepository();
            ObjectId parent = null;
            List<String> releases = SampleTrees.releases();
            for (int i = 0; i < releases.size(); i++) {
                String release = releases.get(i);
                PersonIdent who = ident(i);
                try (ObjectInserter inserter = repo.newObjectInserter()) {
                    ObjectId tree = writeTree(inserter, SampleTrees.readRelease(release));
                    ObjectId commit = writeCommit(inserter, tree, Optional.ofNullable(parent), who, release);
                    ObjectId tag = writeTag(inserter, commit, who, release);
                    inserter.flush();
                    updateRef(repo, Constants.R_HEADS + BRANCH, commit);
                    updateRef(repo, Constants.R_TAGS + release, tag);
                    parent = commit;
                }
            }
            if (!bare && parent != null) {
                git.reset().setMode(ResetCommand.ResetType.HARD).setRef(BRANCH).call();
            }
        } catch (GitAPIException e) {
            throw new IOException("cannot create the sample repository in " + dir + ": " + e.getMessage(), e);
        }
        return dir;
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot create the sample repository: " + dir + " is a file");
        }
        try (Stream<Path> children = Files.list(dir)) {
            if (children.findAny().isPresent()) {
                throw new IOException("cannot create the sample repository: " + dir + " is not empty");
            }
        }
    }

    private static PersonIdent ident(int releaseIndex) {
        Instant when = releaseIndex < DATES.size()
                ? DATES.get(releaseIndex)
                : DATES.get(DATES.size() - 1).plusSeconds(86_400L * (releaseIndex - DATES.size() + 1));
        return new PersonIdent(NAME, EMAIL, when, ZoneOffset.UTC);
    }

    /** Writes {@code files} (path → content, all regular files) as one tree object; tests plant changes with it. */
    public static ObjectId writeTree(ObjectInserter inserter, Map<String, byte[]> files) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            DirCacheEntry entry = new DirCacheEntry(file.getKey());
            entry.setFileMode(FileMode.REGULAR_FILE);
            entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getValue()));
            builder.add(entry);
        }
        builder.finish();
        return index.writeTree(inserter);
    }

    /** Writes {@code files} as the tree of a new parentless commit by {@code who}; tests plant changes with it. */
    public static ObjectId writeCommit(Repository repo, Map<String, byte[]> files, PersonIdent who, String message)
            throws IOException {
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(writeTree(inserter, files));
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }

    private static ObjectId writeCommit(ObjectInserter inserter, ObjectId tree, Optional<ObjectId> parent,
            PersonIdent who, String release) throws IOException {
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        parent.ifPresent(commit::setParentId);
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setMessage("Mini kernel " + release + "\n");
        return inserter.insert(commit);
    }

    private static ObjectId writeTag(ObjectInserter inserter, ObjectId commit, PersonIdent who, String release)
            throws IOException {
        TagBuilder tag = new TagBuilder();
        tag.setObjectId(commit, Constants.OBJ_COMMIT);
        tag.setTag(release);
        tag.setTagger(who);
        tag.setMessage("Mini kernel " + release + "\n");
        return inserter.insert(tag);
    }

    private static void updateRef(Repository repo, String name, ObjectId id) throws IOException {
        RefUpdate update = repo.updateRef(name);
        update.setNewObjectId(id);
        update.setForceUpdate(true);
        RefUpdate.Result result = update.update();
        switch (result) {
            case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> {
            }
            default -> throw new IOException("cannot set " + name + " in " + repo.getDirectory() + ": " + result);
        }
    }
}
