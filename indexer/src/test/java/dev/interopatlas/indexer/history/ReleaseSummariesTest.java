package dev.interopatlas.indexer.history;

import static dev.interopatlas.indexer.history.Indexes.file;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.CrateKind;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.SymbolResolution;
import dev.interopatlas.model.metrics.Upstream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseSummariesTest {
    @Test
    void countsConsumersByPlaceUnsafeByKindAndOnlyResolvedBindings() {
        KernelIndex index = Indexes.index("v6.12",
                List.of(file("rust/kernel/sync.rs", FileRole.ABSTRACTION, 100, 4, 3, 1, 1, 2, 1),
                        file("rust/macros/lib.rs", FileRole.MACROS, 50, 0, 0, 0, 0, 0),
                        file("drivers/net/phy/ax88796b_rust.rs", FileRole.CONSUMER, 30, 2, 1, 0, 0, 0),
                        file("drivers/block/rnull.rs", FileRole.CONSUMER, 20, 0, 0, 0, 0, 0),
                        file("samples/rust/rust_minimal.rs", FileRole.CONSUMER, 10, 0, 0, 0, 0, 0),
                        file("fs/foo/bar.rs", FileRole.CONSUMER, 5, 1, 0, 1, 0, 0, 0)),
                List.of(SymbolResolution.resolved("phy_start", "function", "include/linux/phy.h", 10, "direct"),
                        SymbolResolution.resolved("mutex_lock", "function", "rust/helpers/mutex.c", 3, "helper"),
                        SymbolResolution.unresolved("generated_thing", "not declared in the include closure")),
                List.of(Indexes.module("kernel"), Indexes.module("kernel::sync")),
                List.of(Indexes.helper("mutex_lock"), Indexes.helper("refcount_inc"), Indexes.helper("bug")),
                1234);
        ReleaseSummary summary = ReleaseSummaries.of(index, "v6.12", "abc123", 17);
        // 7 blocks: 4 documented (3 + 1), 2 placeholders (sync.rs, bar.rs), 1 without any SAFETY comment
        assertEquals(new ReleaseSummary("v6.12", "abc123", 6, 215, 2, 2, 1, 1, 3, 2, 1234, 7, 1, 2, 1, 4, 2,
                0.5714, 0, 0, 0, 0, 0, 0, 17), summary);
        assertEquals(4, summary.consumers());
        assertEquals(11, summary.unsafeTotal());
    }

    @Test
    void vendoredCratesAreCountedApartAndConsumerCratesAreTheConsumerNodes() {
        Crate syn = new Crate("syn", "rust/syn/lib.rs", CrateKind.VENDORED,
                Optional.of(new Upstream("syn", Optional.of("2.0.106"))), List.of("rust/syn/lib.rs", "rust/syn/expr.rs"));
        Crate kernel = new Crate("kernel", "rust/kernel/lib.rs", CrateKind.KERNEL, Optional.empty(),
                List.of("rust/kernel/lib.rs"));
        Crate nova = new Crate("nova_core", "drivers/gpu/nova-core/nova_core.rs", CrateKind.DRIVER, Optional.empty(),
                List.of("drivers/gpu/nova-core/nova_core.rs", "drivers/gpu/nova-core/gsp.rs"));
        KernelIndex index = Indexes.index("v7.3",
                List.of(file("drivers/gpu/nova-core/gsp.rs", FileRole.CONSUMER, 40, 3, 3, 0, 0, 0),
                        file("drivers/gpu/nova-core/nova_core.rs", FileRole.CONSUMER, 10, 0, 0, 0, 0, 0),
                        file("rust/kernel/lib.rs", FileRole.ABSTRACTION, 100, 2, 1, 1, 1, 0, 0),
                        file("rust/syn/expr.rs", FileRole.OTHER, 1000, 5, 1, 3, 2, 1, 0),
                        file("rust/syn/lib.rs", FileRole.OTHER, 500, 1, 0, 0, 0, 1)),
                List.of(), List.of(Indexes.module("kernel")),
                List.of(new Node("consumer:nova_core", NodeKind.CONSUMER, "nova_core", Optional.empty(),
                        Optional.empty(), Optional.of("driver"), Map.of())),
                10, List.of(kernel, nova, syn));
        ReleaseSummary summary = ReleaseSummaries.of(index, "v7.3", "c", 0);
        // own: gsp.rs + nova_core.rs + lib.rs = 3 files, 150 lines, blocks 3+0+2, fns 0+0+1, documented 3+0+1,
        // placeholders lib.rs's 1 (syn's 3 placeholders are vendored, as are its blocks)
        // vendored: syn's two files, 1500 lines, blocks 5+1, all sites (5+2+1+0) + (1+0+0+1)
        assertEquals(new ReleaseSummary("v7.3", "c", 3, 150, 1, 2, 0, 0, 0, 0, 10, 5, 1, 0, 0, 4, 1, 0.8, 1, 1, 2,
                1500, 6, 10, 0), summary);
        assertEquals(0, summary.unsafeBlocks() - summary.unsafeBlocksDocumented() - summary.unsafeBlocksPlaceholder());
    }

    @Test
    void testModulesAreNotCountedAsAbstractionModules() {
        KernelIndex index = Indexes.index("v7.3", List.of(file("rust/kernel/fmt.rs", FileRole.ABSTRACTION, 9, 0,
                0, 0, 0, 0)), List.of(), List.of(Indexes.module("kernel"), Indexes.module("kernel::fmt"),
                Indexes.testModule("kernel::fmt::tests"), Indexes.testModule("kernel::fmt::tests::expected")),
                List.of(), 0);
        assertEquals(2, ReleaseSummaries.of(index, "v7.3", "c", 0).abstractionModules());
    }

    @Test
    void noUnsafeBlocksGivesZeroShareNotNaN() {
        KernelIndex index = Indexes.index("v6.1", List.of(file("rust/kernel/lib.rs", FileRole.ABSTRACTION, 3, 0, 0,
                0, 0, 0)), List.of(), List.of(), List.of(), 0);
        assertEquals(0.0, ReleaseSummaries.of(index, "v6.1", "c", 0).safetyDocumentedShare());
    }
}
