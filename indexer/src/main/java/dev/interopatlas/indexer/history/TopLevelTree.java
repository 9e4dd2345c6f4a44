package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * Only the top level of a tag's tree: its files and the names of its directories, one tree object read. Enough
 * to tell a kernel release without Rust (no {@code rust/}) from something that is not a kernel at all, without
 * listing the ~90,000 files below.
 */
final class TopLevelTree implements SourceTree {
    private final GitBlobs blobs;
    private final String displayName;
    private final ReleaseTag tag;
    private final TreeListings.Directory top;

    TopLevelTree(Repository repository, String displayName, ReleaseTag tag, TreeListings.Directory top) {
        this.blobs = new GitBlobs(repository, displayName);
        this.displayName = displayName;
        this.tag = tag;
        this.top = top;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Optional<String> release() {
        return Optional.of(tag.name());
    }

    /** The files at the top level only. */
    @Override
    public List<SourceFile> files() {
        return top.files();
    }

    @Override
    public Optional<SourceFile> file(String path) {
        return top.files().stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** Whether {@code path} is a directory at the top level (deeper paths are not known here). */
    @Override
    public boolean isDirectory(String path) {
        String name = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return top.hasDirectory(name);
    }

    @Override
    public byte[] read(SourceFile file) throws IOException {
        return blobs.read(file);
    }

    @Override
    public void close() {
    }
}
