package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.source.ListedSourceTree;
import dev.interopatlas.indexer.source.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * The tree of one tagged commit read straight from the object database: no checkout. Lists regular and
 * executable files only (symlinks and submodule links are skipped); each file carries its blob id.
 * Safe for concurrent {@link #read}s: every read uses its own object reader.
 */
public final class GitTagTree extends ListedSourceTree {
    private final String repositoryName;
    private final ReleaseTag tag;
    private final GitBlobs blobs;

    private GitTagTree(Repository repository, String repositoryName, ReleaseTag tag, List<SourceFile> files) {
        super(files);
        this.repositoryName = repositoryName;
        this.tag = tag;
        this.blobs = new GitBlobs(repository, repositoryName + "@" + tag.name());
    }

    /**
     * Lists the tree of {@code tag}. The repository stays open and owned by the caller.
     *
     * @param repositoryName what to call the repository in {@link #displayName()} ("linux-git")
     */
    public static GitTagTree open(Repository repository, String repositoryName, ReleaseTag tag)
            throws IndexException {
        return open(new TreeListings(repository), repository, repositoryName, tag);
    }

    /** Lists the tree of {@code tag}, reusing the directories {@code listings} read for the previous tag. */
    static GitTagTree open(TreeListings listings, Repository repository, String repositoryName, ReleaseTag tag)
            throws IndexException {
        List<SourceFile> files;
        try {
            files = new ArrayList<>(listings.files(tag.commit()));
        } catch (IOException e) {
            throw unreadable(repository, repositoryName, tag, e);
        }
        // SourceTree promises path order; git tree order can differ from String order for non-ASCII names.
        SourceFile.sortByPath(files);
        return new GitTagTree(repository, repositoryName, tag, files);
    }

    static IndexException unreadable(Repository repository, String repositoryName, ReleaseTag tag,
                                     IOException e) {
        return new IndexException("cannot read the tree of " + repositoryName + "@" + tag.name() + " in "
                + ReleaseTags.where(repository) + ": " + e.getMessage()
                + "; the repository may be corrupt, check it with `git fsck`", e);
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
        return blobs.read(file);
    }
}
