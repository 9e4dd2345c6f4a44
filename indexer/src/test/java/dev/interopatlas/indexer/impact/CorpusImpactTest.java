package dev.interopatlas.indexer.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.history.HistoryIndexer;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.testing.Corpus;
import dev.interopatlas.model.impact.ChangeKind;
import dev.interopatlas.model.impact.CrateImpact;
import dev.interopatlas.model.impact.DeclarationChange;
import dev.interopatlas.model.impact.ImpactReport;
import dev.interopatlas.model.impact.ImpactSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** v6.12 → v7.3 of the real repository: the figures, checked against what the trees themselves show. */
@Tag("corpus")
class CorpusImpactTest {
    @TempDir
    Path cache;

    private ImpactReport impact(Path repo, List<String> warnings) throws Exception {
        try (HistoryIndexer history = HistoryIndexer.open(repo, cache, IndexOptions.defaults(), warnings::add)) {
            return RevisionImpact.between(history, "v6.12", "v7.3", new ImpactAnalysis(IndexOptions.defaults(), false),
                    ProgressMonitor.NONE, warnings::add);
        }
    }

    @Test
    void v612ToV73CountsEachChangeKindAndReachesTheKernelCrateFirst() throws Exception {
        Path repo = Corpus.gitRepository();
        List<String> warnings = new ArrayList<>();
        ImpactReport cold = impact(repo, warnings);
        ImpactReport warm = impact(repo, warnings); // prints and facts from the cache written by the first run
        assertEquals(List.of(), warnings);
        assertEquals(cold.summary(), warm.summary(), "the declaration cache gives the same comparison");

        ImpactSummary s = cold.summary();
        System.out.println("v6.12 -> v7.3: " + s.changes() + " changed declarations " + s.byKind() + "; reaching Rust "
                + s.reachingRust() + " " + s.reachingByKind() + "; headers entered " + s.headersEntered() + ", left "
                + s.headersLeft() + "; files compared " + s.compared());
        s.crates().stream().limit(8).forEach(c -> System.out.println("  " + c));

        // README: the closure has 754 headers on 6.12 and 1,125 on 7.3, so 371 more entered than left
        assertEquals(1125 - 754, s.headersEntered() - s.headersLeft());
        // every kind occurs in two years of kernel headers; all but "added" are bounded by 6.12's declarations,
        // tens of thousands in 754 headers, and the 386 new headers alone bring thousands of additions
        for (ChangeKind kind : ChangeKind.values()) {
            assertTrue(s.byKind().getOrDefault(kind.json(), 0) > 0, kind + " occurs");
        }
        assertTrue(s.byKind().get("added") > 5_000 && s.changes() < 100_000, s.byKind().toString());
        // a change reaches Rust through a bindings:: name: 7.3 has 1,360 names (README), each bound to at most one
        // declaration per side, plus what each helper wraps
        assertTrue(s.reachingRust() > 100 && s.reachingRust() < 2 * 1_360 + 500, "reaching " + s.reachingRust());
        assertEquals(s.changes(), s.reachingRust() + s.notReachingRust());
        assertEquals(s.reachingRust(), cold.changes().size(), "only changes reaching Rust are listed");
        // the kernel crate holds the abstractions that name bindings::, so every change reaching Rust reaches it
        CrateImpact top = s.crates().get(0);
        assertEquals("kernel", top.crate());
        assertEquals(s.reachingRust(), top.changes() + unreachedInKernel(cold));

        // PAGE_SIZE: 6.12 arch/x86/include/asm/page_types.h:11 `(_AC(1,UL) << PAGE_SHIFT)`,
        // 7.3 include/vdso/page.h:15 `(_AC(1,UL) << CONFIG_PAGE_SHIFT)`: moved and its value changed
        DeclarationChange pageSize = cold.changes().stream().filter(c -> c.symbol().equals("PAGE_SIZE")).findFirst()
                .orElseThrow();
        assertEquals(ChangeKind.VALUE_CHANGED, pageSize.change());
        assertEquals("include/vdso/page.h:15", pageSize.header() + ":" + pageSize.line());
        assertTrue(pageSize.after().orElseThrow().contains("<<CONFIG_PAGE_SHIFT)"), pageSize.after().toString());
        assertTrue(pageSize.direct().stream().anyMatch(r -> r.path().equals("rust/kernel/page.rs")));
        // phy_read_paged: the same prototype in both (6.12 phy.h:1753, 7.3 phy.h:2145), so no change at all
        assertTrue(cold.changes().stream().noneMatch(c -> c.symbol().equals("phy_read_paged")));
        // a changed declaration shows its two versions differing, also where they differ past the previews
        // (blk_mq_tag_set and 16 more large structs read the same in their first 160 characters)
        List<String> hidden = warm.changes().stream().filter(c -> c.before().isPresent() && c.after().isPresent()
                && c.before().get().equals(c.after().get())).map(c -> c.symbol() + " " + c.change().json()).toList();
        assertEquals(List.of(), hidden);
        DeclarationChange tagSet = warm.changes().stream().filter(c -> c.symbol().equals("blk_mq_tag_set"))
                .findFirst().orElseThrow();
        assertTrue(tagSet.before().orElseThrow().startsWith("\u2026"), "shown from near its first difference");
    }

    /** Changes that reach Rust only outside the kernel crate (a driver naming bindings:: itself). */
    private static int unreachedInKernel(ImpactReport report) {
        return (int) report.changes().stream()
                .filter(c -> c.direct().stream().noneMatch(r -> r.crate().equals("kernel"))
                        && c.indirect().stream().noneMatch(r -> r.crate().equals("kernel")))
                .count();
    }
}
