package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.index.IndexStats;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.IndexWarning;
import java.util.List;

/**
 * The index of a kernel release that builds no Rust: every release before v6.1, whose tree has no {@code rust/},
 * or a tree with {@code rust/} but no bindings_helper.h (nothing for bindgen, so no kernel crate). It has zero
 * of everything, so a history over all of a clone's tags shows these releases as points at zero instead of
 * stopping at the first one.
 */
final class ReleaseWithoutRust {
    private ReleaseWithoutRust() {
    }

    /**
     * @param tree     what was listed of the release: only its top level when the index just feeds a timeline
     * @param warnings why a tree that has {@code rust/} still counts as without Rust; empty otherwise
     */
    static KernelIndex index(SourceTree tree, String arch, List<IndexWarning> warnings) {
        IndexStats stats = new IndexStats(tree.files().size(), 0, 0, 0, 0, 0);
        return new KernelIndex(KernelIndex.SCHEMA, tree.displayName(), tree.release(), arch, stats, List.of(),
                List.of(), List.of(), List.of(), List.of(), warnings, new InteropGraph(List.of(), List.of()),
                List.of());
    }
}
