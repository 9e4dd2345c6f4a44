package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.source.ListedSourceTree;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The tree of one tagged commit read straight from the object database: no checkout. Lists regular and
 * executable files only (symlinks and submodule links are skipped); each file carries its blob id.
 * Safe for concurrent {@link #read}s: every read uses its own {@link ObjectReader}.
 */
public final class GitTagTree extends ListedSourceTree {
    private final Repository repository;
    private final String repositoryName;
    private final ReleaseTag tag;

    private GitTagTree(Repository repository, String repositoryName, ReleaseTag tag, List<SourceFile> files) {
        super(files);
        this.repository = repository;
        this.repositoryName = repositoryName;
        this.tag = tag;
    }

    /**
     * Lists the tree of {@code tag}. The repository stays open and owned by the caller.
     *
     * @param repositoryName what to call the repository in {@link #displayName()} ("linux-git")
     */
    public static GitTagTree open(Repository repository, String repositoryName, ReleaseTag tag)
            throws IndexException {
        List<SourceFile> files = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository);
             ObjectReader reader = repository.newObjectReader();
             TreeWalk treeWalk = new TreeWalk(repository, reader)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(tag.commit()));
            treeWalk.addTree(commit.getTree());
            treeWalk.setRecursive(true);
            while (treeWalk.next()) {
                FileMode mode = treeWalk.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue;
                }
                files.add(new SourceFile(treeWalk.getPathString(), Optional.of(treeWalk.getObjectId(0).name())));
            }
        } catch (IOException e) {
            throw new IndexException("cannot read the tree of " + repositoryName + "@" + tag.name() + " in "
                    + ReleaseTags.where(repository) + ": " + e.getMessage()
                    + "; the repository may be corrupt, check it with `git fsck`", e);
        }
        // SourceTree promises path order; git tree order can differ from String order for non-ASCII names.
        files.sort(Comparator.comparing(SourceFile::path));
        return new GitTagTree(repository, repositoryName, tag, files);
    }

    public ReleaseTag tag() {
        return tag;
    }

    @Override
    public String displayName() {
        return repositoryName + "@" + tag.name();
    }

    @Override
    public Optional<String> release() {
        return Optional.of(tag.name());
    }

    @Override
    public byte[] read(SourceFile file) throws IOException {
        if (file.blobId().isEmpty()) {
            throw new IOException("cannot read " + file.path() + " at " + displayName() + ": no blob id");
        }
        try (ObjectReader reader = repository.newObjectReader()) {
            ObjectLoader blob = reader.open(ObjectId.fromString(file.blobId().get()), Constants.OBJ_BLOB);
            SourceTree.requireLoadableSize(blob.getSize());
            return blob.getBytes();
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("cannot read " + file.path() + " at " + displayName() + " (blob "
                    + file.blobId().get() + "): " + e.getMessage(), e);
        }
    }
}
