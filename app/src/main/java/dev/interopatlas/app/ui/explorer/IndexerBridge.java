package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.index.KernelIndex;

/** The one place the explorer calls the indexer. */
final class IndexerBridge {
    private IndexerBridge() {
    }

    static KernelIndex index(SourceTree tree, ProgressMonitor monitor) throws IndexException {
        return new KernelIndexer(IndexOptions.defaults()).index(tree, new DirectFactsProvider(), monitor);
    }
}
