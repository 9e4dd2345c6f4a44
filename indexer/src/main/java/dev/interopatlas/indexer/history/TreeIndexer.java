package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.facts.FactsProvider;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.index.KernelIndex;

/** Indexes one tree with the given facts; {@code new KernelIndexer(options)::index} in production. */
@FunctionalInterface
public interface TreeIndexer {
    KernelIndex index(SourceTree tree, FactsProvider facts, ProgressMonitor monitor) throws IndexException;
}
