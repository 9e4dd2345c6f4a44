package dev.interopatlas.indexer.source;

import java.util.Comparator;
import java.util.List;
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

    /**
     * Puts {@code files} in path order, as {@link SourceTree#files()} promises. A git listing is in that order already
     * for ASCII names, so this first checks, with plain {@code compareTo} calls: 90k comparisons per tag through a
     * comparator built of lambdas were a tenth of a cold three-tag history in a C1 run.
     */
    public static void sortByPath(List<SourceFile> files) {
        for (int i = 1; i < files.size(); i++) {
            if (files.get(i - 1).path().compareTo(files.get(i).path()) > 0) {
                files.sort(BY_PATH);
                return;
            }
        }
    }

    private static final Comparator<SourceFile> BY_PATH = Comparator.comparing(SourceFile::path);
}
