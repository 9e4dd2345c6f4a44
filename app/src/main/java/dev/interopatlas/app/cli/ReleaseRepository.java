package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.history.BlobFactsCache;
import dev.interopatlas.indexer.history.HistoryIndexer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** Opens a kernel git repository for the commands that read releases by tag, with the shared blob cache. */
final class ReleaseRepository {
    private ReleaseRepository() {
    }

    /**
     * @param cacheRoot where blob facts are kept between runs (default {@code ~/.cache/interop-atlas/facts})
     */
    static HistoryIndexer open(Path repository, String arch, Optional<Path> cacheRoot, PrintStream err)
            throws Exception {
        IndexOptions options;
        try {
            options = new IndexOptions(arch);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        return HistoryIndexer.open(repository, cacheRoot.orElse(BlobFactsCache.defaultRoot()), options,
                warning -> err.println("interop-atlas: warning: " + warning)).compactingBetweenTags();
    }
}
