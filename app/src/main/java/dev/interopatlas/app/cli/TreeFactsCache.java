package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.cache.WorkingTreeFacts;
import dev.interopatlas.indexer.history.BlobFactsCache;
import dev.interopatlas.indexer.history.CacheCounters;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The facts cache of a working tree for one command: opened before indexing, saved after, so a second run on an
 * unchanged tree parses nothing. Problems with it only cost time and are printed as warnings.
 */
final class TreeFactsCache {
    private TreeFactsCache() {
    }

    /**
     * Starts reading the cache of the tree at {@code tree} under {@code cacheRoot} (default
     * {@code ~/.cache/interop-atlas/facts}) while the caller lists the tree.
     */
    static CompletableFuture<WorkingTreeFacts> open(Path tree, Optional<Path> cacheRoot, PrintStream err) {
        Path root = cacheRoot.orElse(BlobFactsCache.defaultRoot());
        Path absolute = tree.toAbsolutePath().normalize();
        Optional<CompletableFuture<WorkingTreeFacts>> early = EarlyFactsCache.take(root, absolute, err);
        return early.isPresent() ? early.get()
                : WorkingTreeFacts.openInBackground(root, absolute, warning -> warn(err, warning));
    }

    static void warn(PrintStream err, String warning) {
        err.println("interop-atlas: warning: " + warning);
    }

    /** The cache {@link #open} read. */
    static WorkingTreeFacts await(CompletableFuture<WorkingTreeFacts> opening) throws Exception {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Saves what this run parsed on another thread, so the output is written meanwhile; join it before exit. */
    static Thread saveInBackground(WorkingTreeFacts facts, PrintStream err) {
        Thread thread = new Thread(() -> save(facts, err), "interop-atlas-facts-cache");
        thread.start();
        return thread;
    }

    /** One line: what this run parsed and what it took from the cache. */
    static void report(WorkingTreeFacts facts, PrintStream err) {
        CacheCounters counters = facts.counters();
        err.printf(Locale.ROOT, "facts cache: %d files parsed, %d taken from %s%n", counters.parsed(), counters.hits(),
                facts.file().getParent());
    }

    static void save(WorkingTreeFacts facts, PrintStream err) {
        try {
            facts.flush();
        } catch (IOException e) {
            err.println("interop-atlas: warning: " + e.getMessage());
        }
    }
}
