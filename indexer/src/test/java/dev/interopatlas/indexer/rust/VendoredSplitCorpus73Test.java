package dev.interopatlas.indexer.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.history.ReleaseSummaries;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.testing.Corpus;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.UnsafeKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 7.3 timeline point splits the vendored crates off every figure, SAFETY placeholders included. Expected
 * values come from find/wc on the tree and from {@link NaiveUnsafeCounter}, never from the indexer.
 */
@Tag("corpus")
class VendoredSplitCorpus73Test {
    /** The directories whose README.md:3 says "These source files come from the Rust `…` crate" (CrateCorpusTest). */
    private static final List<String> VENDORED_DIRS = List.of("rust/syn/", "rust/zerocopy/", "rust/zerocopy-derive/",
            "rust/proc-macro2/", "rust/quote/");

    @Test
    void kernelFiguresLeaveVendoredCratesOutAndCountThemApart() throws Exception {
        KernelIndex index;
        int[] ownNaive = new int[2];
        int[] vendoredNaive = new int[2];
        try (WorkingTree tree = WorkingTree.open(Corpus.tree("7.3"))) {
            index = new KernelIndexer(IndexOptions.defaults()).index(tree, new DirectFactsProvider(),
                    ProgressMonitor.NONE);
            for (SourceFile file : tree.files()) {
                if (file.path().endsWith(".rs")) {
                    List<NaiveUnsafeCounter.Site> sites = NaiveUnsafeCounter.sites(
                            new String(tree.read(file), StandardCharsets.UTF_8));
                    int[] into = VENDORED_DIRS.stream().anyMatch(file.path()::startsWith) ? vendoredNaive : ownNaive;
                    into[0] += (int) sites.stream().filter(s -> s.kind() == UnsafeKind.BLOCK).count();
                    into[1] += sites.size();
                }
            }
        }
        ReleaseSummary summary = ReleaseSummaries.of(index, "v7.3", "c", 0);
        // find rust/{syn,zerocopy,zerocopy-derive,proc-macro2,quote} -name '*.rs' | wc -l: 55+92+9+13+7 = 176
        // files; piped through xargs cat | wc -l: 49934+28919+3580+5128+2647 = 90208 lines (every file ends in a
        // newline). The whole tree: 496 files, 191758 lines. Files nothing builds count with their crate: zerocopy's
        // benches (73 files, 830 lines) as vendored, pin-init's examples (6 files, 763 lines) as the kernel's own.
        assertEquals(176, summary.vendoredRustFiles());
        assertEquals(90_208, summary.vendoredRustLines());
        assertEquals(496 - 176, summary.rustFiles());
        assertEquals(191_758 - 90_208, summary.rustLines());
        // syn, zerocopy, zerocopy-derive, proc-macro2, quote (CrateCorpusTest); zerocopy's 73 bench files are
        // zerocopy's, not built, and stay in the vendored files and lines above
        assertEquals(5, summary.vendoredCrates());
        assertEquals(vendoredNaive[0], summary.vendoredUnsafeBlocks());
        assertEquals(vendoredNaive[1], summary.vendoredUnsafeTotal());
        assertEquals(ownNaive[0], summary.unsafeBlocks());
        assertEquals(ownNaive[1], summary.unsafeTotal());
        // UnsafeCorpus73Test#everyPlaceholderBlockOfTheTree lists 9 placeholder blocks; 2 are zerocopy's
        // (rust/zerocopy/src/impls.rs:1801 and 1812), vendored, so the kernel's own code has 7.
        assertEquals(7, summary.unsafeBlocksPlaceholder());

        // Consumer crates: those with a file outside rust/ that uses the kernel crate. Each is an object of a
        // Makefile: 10 drivers (the lines CrateCorpusTest#release73 cites), the 16 samples of
        // samples/rust/Makefile:4-19, lib/Makefile:68 (find_bit_benchmark_rust) and mm/kasan/Makefile:58
        // (kasan_test_rust). Host programs (samples/rust/hostprogs/*.rs, scripts/*.rs) and tools/perf's workload
        // name no kernel:: in code: rustdoc_test_gen.rs:178-250 writes it only inside the strings it generates.
        List<String> consumers = List.of("ax88796b_rust", "drm_panic_qr", "find_bit_benchmark_rust",
                "kasan_test_rust", "nova", "nova_core", "pwm_th1520", "qt2025", "rcpufreq_dt", "rnull", "rust_binder",
                "rust_configfs", "rust_debugfs", "rust_debugfs_scoped", "rust_dma", "rust_driver_auxiliary",
                "rust_driver_faux", "rust_driver_i2c", "rust_driver_pci", "rust_driver_platform",
                "rust_driver_serdev", "rust_driver_usb", "rust_i2c_client", "rust_minimal", "rust_misc_device",
                "rust_print_main", "rust_soc", "tyr");
        assertEquals(consumers, index.graph().nodes().stream().filter(n -> n.kind() == NodeKind.CONSUMER)
                .map(Node::label).sorted().toList());
        assertEquals(28, summary.consumerCrates());
    }
}
