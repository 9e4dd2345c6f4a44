package dev.interopatlas.indexer.source;

import java.util.Objects;
import java.util.Optional;

/**
 * A file of a {@link SourceTree}.
 *
 * @param path   relative to the tree root, with {@code /}
 * @param blobId git blob id when the tree comes from a repository; the key of the per-blob facts cache
 */
public record SourceFile(String path, Optional<String> blobId) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(blobId, "blobId");
    }

    /** The file name after the last {@code /}. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
