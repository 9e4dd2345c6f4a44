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
import dev.interopatlas.model.history.ReleaseSummary;
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
        ReleaseSummary summary;
        int[] ownNaive = new int[2];
        int[] vendoredNaive = new int[2];
        try (WorkingTree tree = WorkingTree.open(Corpus.tree("7.3"))) {
            summary = ReleaseSummaries.of(new KernelIndexer(IndexOptions.defaults()).index(tree,
                    new DirectFactsProvider(), ProgressMonitor.NONE), "v7.3", "c", 0);
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
        // find rust/{syn,zerocopy,zerocopy-derive,proc-macro2,quote} -name '*.rs' | wc -l: 55+92+9+13+7 = 176
        // files; piped through xargs cat | wc -l: 49934+28919+3580+5128+2647 = 90208 lines (every file ends in a
        // newline). The whole tree: 496 files, 191758 lines.
        assertEquals(176, summary.vendoredRustFiles());
        assertEquals(90_208, summary.vendoredRustLines());
        assertEquals(496 - 176, summary.rustFiles());
        assertEquals(191_758 - 90_208, summary.rustLines());
        // syn, zerocopy, zerocopy-derive, proc-macro2, quote and zerocopy's 70 bench crates (CrateCorpusTest)
        assertEquals(75, summary.vendoredCrates());
        assertEquals(vendoredNaive[0], summary.vendoredUnsafeBlocks());
        assertEquals(vendoredNaive[1], summary.vendoredUnsafeTotal());
        assertEquals(ownNaive[0], summary.unsafeBlocks());
        assertEquals(ownNaive[1], summary.unsafeTotal());
        // UnsafeCorpus73Test#everyPlaceholderBlockOfTheTree lists 9 placeholder blocks; 2 are zerocopy's
        // (rust/zerocopy/src/impls.rs:1801 and 1812), vendored, so the kernel's own code has 7.
        assertEquals(7, summary.unsafeBlocksPlaceholder());
    }
}
