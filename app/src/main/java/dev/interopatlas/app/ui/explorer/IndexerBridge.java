package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.index.KernelIndex;

/** The one place the explorer calls the indexer. */
final class IndexerBridge {
    private IndexerBridge() {
    }

    static KernelIndex index(SourceTree tree, ProgressMonitor monitor) throws IndexException {
        throw new IndexException("indexing " + tree.displayName() + " needs the KernelIndexer, which this build"
                + " does not include yet; open an index .json written by `interop-atlas index` instead.");
    }
}
