package dev.interopatlas.indexer.source;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A kernel source tree as the indexer sees it: a listing of regular files and their bytes. Implemented by a
 * working tree on disk and by a git tag read through JGit, so the indexer never needs a checkout.
 */
public interface SourceTree extends AutoCloseable {
    /** What to call the tree in messages and reports: a directory path, or {@code repo@tag}. */
    String displayName();

    /** The release tag when the tree is one, empty for a working tree. */
    Optional<String> release();

    /** What listing the tree left out and why (a directory it could not read, a name it could not decode). */
    default List<dev.interopatlas.model.metrics.IndexWarning> listingWarnings() {
        return List.of();
    }

    /** Larger files are not source code anyone wrote (the kernel's biggest header is a few MB); never load them. */
    long MAX_FILE_BYTES = 64L << 20;

    /** Refuses a file of {@code bytes} over {@link #MAX_FILE_BYTES}, before it is loaded, saying why. */
    static void requireLoadableSize(long bytes) throws IOException {
        if (bytes > MAX_FILE_BYTES) {
            throw new IOException((bytes >> 20) + " MB, more than the " + (MAX_FILE_BYTES >> 20)
                    + " MB a source file may have; skipped");
        }
    }

    /**
     * Every file, sorted by path. Symlinks are not followed. A working tree may list symlinks or special files
     * it did not need to check; {@link #file} and {@link #read} never return those.
     */
    List<SourceFile> files();

    /** The regular file at {@code path}, if it exists. */
    Optional<SourceFile> file(String path);

    /** Whether some file lives below {@code path} (a directory in the tree). */
    boolean isDirectory(String path);

    /**
     * The bytes of a regular file of at most {@link #MAX_FILE_BYTES}. Fails with a message naming the file when it
     * cannot be read.
     */
    byte[] read(SourceFile file) throws IOException;

    @Override
    void close();
}
