package dev.interopatlas.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.index.IndexStats;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.CrateKind;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.Upstream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
    private static FileMetrics file(String path, String crate, int lines, int blocks, int documented,
                                    int placeholder, int fns) {
        return new FileMetrics(path, FileRole.OTHER, crate, lines, blocks, fns, 0, 0, documented, placeholder, 0,
                new TreeMap<>(), List.of(), List.of());
    }

    @Test
    void headlineCountsTheKernelsOwnCodeAndVendoredCratesApart() {
        List<FileMetrics> files = List.of(file("drivers/x/x.rs", "x", 100, 2, 1, 1, 0),
                file("rust/kernel/lib.rs", "kernel", 300, 4, 4, 0, 1),
                file("rust/syn/expr.rs", "syn", 5000, 10, 0, 2, 3),
                file("rust/syn/lib.rs", "syn", 1000, 0, 0, 0, 1));
        List<Crate> crates = List.of(
                new Crate("x", "drivers/x/x.rs", CrateKind.DRIVER, Optional.empty(), List.of("drivers/x/x.rs")),
                new Crate("kernel", "rust/kernel/lib.rs", CrateKind.KERNEL, Optional.empty(),
                        List.of("rust/kernel/lib.rs")),
                new Crate("syn", "rust/syn/lib.rs", CrateKind.VENDORED,
                        Optional.of(new Upstream("syn", Optional.of("2.0.106"))),
                        List.of("rust/syn/expr.rs", "rust/syn/lib.rs")));
        InteropGraph graph = new InteropGraph(List.of(new Node("consumer:x", NodeKind.CONSUMER, "x",
                Optional.of("drivers/x/x.rs"), Optional.empty(), Optional.of("driver"), Map.of())), List.of());
        KernelIndex index = new KernelIndex(KernelIndex.SCHEMA, "/src/linux", Optional.of("v7.3"), "x86",
                new IndexStats(10, 4, 0, 0, 0, 1), files, List.of(), List.of(), List.of(), List.of(), List.of(), graph,
                crates);
        ReportData.Headline h = ReportBuilder.build(index, Optional.empty(), List.of(), Optional.empty(),
                LocalDate.of(2026, 1, 1)).headline();
        // own: x.rs + lib.rs = 400 lines, blocks 2 + 4, documented 1 + 4, fns 0 + 1, placeholders x.rs's 1
        // vendored: syn's two files, 6000 lines, sites (10 + 3) + (0 + 1); expr.rs's 2 placeholders are not counted
        assertEquals(new ReportData.Headline(0, 0, 1, 6, 1, 0, 0, 5 / 6.0, 400, 1, 1, 6000, 14), h);
    }
}
