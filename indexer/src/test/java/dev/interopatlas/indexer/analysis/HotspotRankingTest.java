package dev.interopatlas.indexer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.c.MemoryTree;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.HotspotScope;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hotspot rows are a regrouping of the indexer's unsafe sites, so they add up to its per-file metrics. */
class HotspotRankingTest {
    @TempDir
    Path temp;

    private KernelIndex index(String release) throws Exception {
        try (WorkingTree tree = WorkingTree.open(SampleTrees.extract(release, temp.resolve(release)))) {
            return new KernelIndexer(IndexOptions.defaults()).index(tree, new DirectFactsProvider(),
                    ProgressMonitor.NONE);
        }
    }

    private static int sum(List<FileMetrics> files, ToIntFunction<FileMetrics> figure) {
        return files.stream().mapToInt(figure).sum();
    }

    private static int sumRows(List<Hotspot> rows, ToIntFunction<Hotspot> figure) {
        return rows.stream().mapToInt(figure).sum();
    }

    @Test
    void vendoredCratesAreRankedOnlyWhenAskedFor() throws Exception {
        MemoryTree tree = MemoryTree.of(
                "Makefile", "LINUXINCLUDE := -I$(srctree)/include\n",
                "arch/x86/include/asm/Kbuild", "",
                "rust/bindings/bindings_helper.h", "",
                "rust/Makefile", "$(obj)/host/libsyn.rlib: $(src)/syn/lib.rs FORCE\n",
                "rust/syn/README.md", "These source files come from the Rust `syn` crate, version 2.0.106\n",
                "rust/syn/lib.rs", "unsafe fn a() {}\nunsafe fn b() {}\n",
                "rust/kernel/lib.rs", "fn f() { unsafe { g() } }\n");
        KernelIndex index = new KernelIndexer(IndexOptions.defaults()).index(tree, new DirectFactsProvider(),
                ProgressMonitor.NONE);
        assertEquals(List.of("rust/kernel/lib.rs"), HotspotRanking.rank(index, HotspotScope.FILE, Optional.empty())
                .stream().map(Hotspot::key).toList());
        assertEquals(List.of("rust/syn/lib.rs", "rust/kernel/lib.rs"), HotspotRanking.rank(index, HotspotScope.FILE,
                Optional.empty(), true).stream().map(Hotspot::key).toList());
        assertEquals(1, HotspotRanking.rank(index, HotspotScope.FUNCTION, Optional.empty()).size());
    }

    @Test
    void fileRowsEqualEachFilesMetrics() throws Exception {
        KernelIndex index = index("v6.12");
        Map<String, Hotspot> rows = HotspotRanking.rank(index, HotspotScope.FILE, Optional.empty()).stream()
                .collect(Collectors.toMap(Hotspot::key, h -> h));
        for (FileMetrics file : index.files()) {
            Hotspot row = rows.get(file.path());
            if (file.unsafeTotal() == 0) {
                assertEquals(null, row, file.path());
                continue;
            }
            assertEquals(file.unsafeBlocks(), row.unsafeBlocks(), file.path());
            assertEquals(file.unsafeFns(), row.unsafeFns(), file.path());
            assertEquals(file.unsafeImpls(), row.unsafeImpls(), file.path());
            assertEquals(file.unsafeTraits(), row.unsafeTraits(), file.path());
            assertEquals(file.unsafeBlocksUndocumented(), row.undocumentedBlocks(), file.path());
            assertEquals(file.unsafeBlocksPlaceholder(), row.placeholderBlocks(), file.path());
            assertEquals(Optional.of(file.lines()), row.lines(), file.path());
        }
    }

    @Test
    void functionRowsSumToTheTreeAndModuleRowsToTheAbstractions() throws Exception {
        KernelIndex index = index("v6.12");
        List<Hotspot> functions = HotspotRanking.rank(index, HotspotScope.FUNCTION, Optional.empty());
        assertEquals(sum(index.files(), FileMetrics::unsafeTotal), sumRows(functions, Hotspot::total));
        assertEquals(sum(index.files(), FileMetrics::unsafeBlocksUndocumented),
                sumRows(functions, Hotspot::undocumentedBlocks));
        assertEquals(sum(index.files(), FileMetrics::unsafeBlocksPlaceholder),
                sumRows(functions, Hotspot::placeholderBlocks));
        List<FileMetrics> abstractions = index.files().stream().filter(f -> f.role() == FileRole.ABSTRACTION)
                .toList();
        List<Hotspot> modules = HotspotRanking.rank(index, HotspotScope.MODULE, Optional.empty());
        assertEquals(sum(abstractions, FileMetrics::unsafeTotal), sumRows(modules, Hotspot::total));
    }

    @Test
    void rowsAreRankedByTotalAndCarryTheChangeSinceThePreviousRelease() throws Exception {
        KernelIndex previous = index("v6.8");
        List<Hotspot> rows = HotspotRanking.rank(index("v6.12"), HotspotScope.FILE, Optional.of(previous));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).total() >= rows.get(i).total());
        }
        Map<String, Integer> before = HotspotRanking.rank(previous, HotspotScope.FILE, Optional.empty()).stream()
                .collect(Collectors.toMap(Hotspot::key, Hotspot::total));
        for (Hotspot row : rows) {
            assertEquals(Optional.ofNullable(before.get(row.key())).map(b -> row.total() - b),
                    row.changeSincePrevious(), row.key());
        }
        assertTrue(rows.stream().anyMatch(r -> r.changeSincePrevious().isEmpty()), "a file new in v6.12");
    }
}
