package dev.interopatlas.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.testing.Corpus;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.index.RustModule;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.SymbolResolution;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Indexes the real Debian kernel trees (skipped when the corpus is not built). */
@Tag("corpus")
class RealKernelIndexTest {
    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.12"})
    void realTreeIndexesWithoutWarningsAndResolvesAtLeast97PercentOfBindingsNames(String version)
            throws Exception {
        KernelIndex index;
        try (WorkingTree tree = WorkingTree.open(Corpus.tree(version))) {
            index = new KernelIndexer(IndexOptions.defaults()).index(tree, new DirectFactsProvider(),
                    ProgressMonitor.NONE);
        }
        assertEquals(List.of(), index.warnings(), "lexer/analyzer warnings");
        long rustFiles = index.files().size();
        assertTrue(rustFiles >= 25, "rust files: " + rustFiles);

        List<SymbolResolution> unresolved = index.symbols().stream().filter(s -> !s.resolved()).toList();
        double share = 1.0 - (double) unresolved.size() / index.symbols().size();
        String listing = unresolved.stream().map(s -> s.name() + ": " + s.reason().orElse("?"))
                .collect(Collectors.joining("\n"));
        System.out.printf("linux-%s: %d .rs files, %d bindings names, %.1f %% resolved; unresolved:%n%s%n",
                version, rustFiles, index.symbols().size(), share * 100, listing);
        assertTrue(share >= 0.97, "resolved share " + share + "\n" + listing);
        assertTrue(unresolved.stream().allMatch(s -> s.reason().filter(r -> !r.isBlank()).isPresent()));

        FileMetrics sample = index.files().stream()
                .filter(f -> f.path().equals("samples/rust/rust_minimal.rs")).findFirst().orElseThrow();
        assertEquals(FileRole.CONSUMER, sample.role());
        assertTrue(sample.kernelPaths().contains("prelude"), sample.kernelPaths().toString());
        assertTrue(index.graph().nodes().stream().anyMatch(n -> n.id().equals("module:kernel::str")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.12"})
    void phyDriverOf612UsesThePhyAbstractionAndSyncArcIsAModule(String version) throws Exception {
        KernelIndex index;
        try (WorkingTree tree = WorkingTree.open(Corpus.tree(version))) {
            index = new KernelIndexer(IndexOptions.defaults()).index(tree, new DirectFactsProvider(),
                    ProgressMonitor.NONE);
        }
        FileMetrics phyDriver = index.files().stream()
                .filter(f -> f.path().equals("drivers/net/phy/ax88796b_rust.rs")).findFirst().orElseThrow();
        assertEquals(FileRole.CONSUMER, phyDriver.role());
        assertTrue(phyDriver.kernelPaths().contains("net::phy"), phyDriver.kernelPaths().toString());
        assertTrue(index.graph().nodes().stream().anyMatch(n -> n.kind() == NodeKind.CONSUMER
                && n.id().equals("consumer:ax88796b_rust") && n.path().equals(Optional.of(phyDriver.path()))));
        assertTrue(index.graph().nodes().stream().anyMatch(n -> n.id().equals("module:kernel::sync::arc")));

        // rust/kernel/sync/arc.rs:21 imports `bindings` through `use crate::{` (line 19); rust/kernel/lib.rs:65
        // `pub use bindings;` makes that the kernel's bindings crate. The 8 paths (RustCorpusTest) stay C names.
        FileMetrics arc = index.files().stream()
                .filter(f -> f.path().equals("rust/kernel/sync/arc.rs")).findFirst().orElseThrow();
        assertEquals(Map.of("refcount_t", 2, "REFCOUNT_INIT", 3, "refcount_dec_and_test", 2, "refcount_inc", 1),
                arc.bindings());
        assertEquals(List.of(), arc.localBindings());
        // rust/kernel/str.rs:524 `#[cfg(test)]` above `mod tests {`: a test module, no graph node
        assertEquals(List.of("kernel::str::tests"),
                index.modules().stream().filter(RustModule::test).map(RustModule::path).toList());
        assertTrue(index.graph().nodes().stream().noneMatch(n -> n.id().equals("module:kernel::str::tests")));
    }
}
