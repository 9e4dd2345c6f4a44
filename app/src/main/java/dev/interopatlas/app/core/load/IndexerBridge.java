package dev.interopatlas.app.core.load;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.cache.WorkingTreeFacts;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.progress.IndexCancelledException;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.index.KernelIndex;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** The one place the explorer calls the indexer. */
final class IndexerBridge {
    private IndexerBridge() {
    }

    static KernelIndex index(SourceTree tree, ProgressMonitor monitor) throws IndexException {
        return new KernelIndexer(IndexOptions.defaults()).index(tree, new DirectFactsProvider(), monitor);
    }

    /**
     * Indexes a working tree with the facts cached from earlier runs (none when {@code facts} is empty), so
     * re-opening an unchanged tree parses nothing, then saves what was parsed. A cache that cannot be read or
     * written only costs time: the problem goes to stderr.
     */
    static KernelIndex index(WorkingTree tree, Optional<CompletableFuture<WorkingTreeFacts>> facts,
                             ProgressMonitor monitor) throws IndexException {
        if (facts.isEmpty()) {
            return index(tree, monitor);
        }
        WorkingTreeFacts cache;
        try {
            cache = facts.get().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexCancelledException();
        } catch (ExecutionException e) {
            warn("facts cache not used: " + e.getCause());
            return index(tree, monitor);
        }
        KernelIndex index = new KernelIndexer(IndexOptions.defaults()).index(tree, cache, monitor);
        try {
            cache.flush();
        } catch (IOException e) {
            warn(e.getMessage());
        }
        return index;
    }

    static void warn(String warning) {
        System.err.println("interop-atlas: warning: " + warning);
    }
}
