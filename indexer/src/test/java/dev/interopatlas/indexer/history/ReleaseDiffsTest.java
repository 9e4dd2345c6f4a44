package dev.interopatlas.indexer.history;

import static dev.interopatlas.indexer.history.Indexes.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.model.history.FileUnsafeChange;
import dev.interopatlas.model.history.ReleaseDiff;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.SymbolResolution;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseDiffsTest {
    private static final KernelIndex OLD = Indexes.index("v6.1",
            List.of(file("rust/kernel/sync.rs", FileRole.ABSTRACTION, 100, 4, 3, 1, 0, 0),
                    file("rust/kernel/old.rs", FileRole.ABSTRACTION, 10, 2, 0, 0, 0, 0),
                    file("samples/rust/rust_minimal.rs", FileRole.CONSUMER, 10, 0, 0, 0, 0, 0),
                    file("samples/rust/rust_gone.rs", FileRole.CONSUMER, 10, 1, 0, 0, 0, 0)),
            List.of(SymbolResolution.resolved("mutex_lock", "function", "include/linux/mutex.h", 3, "direct"),
                    SymbolResolution.resolved("old_api", "function", "include/linux/old.h", 3, "direct"),
                    SymbolResolution.unresolved("phy_start", "not found")),
            List.of(Indexes.module("kernel"), Indexes.module("kernel::sync"), Indexes.module("kernel::old")),
            List.of(), 100);

    private static final KernelIndex NEW = Indexes.index("v6.12",
            List.of(file("rust/kernel/sync.rs", FileRole.ABSTRACTION, 120, 6, 5, 1, 0, 0),
                    file("rust/kernel/net/phy.rs", FileRole.ABSTRACTION, 300, 9, 9, 2, 1, 0),
                    file("samples/rust/rust_minimal.rs", FileRole.CONSUMER, 10, 0, 0, 0, 0, 0),
                    file("drivers/net/phy/ax88796b_rust.rs", FileRole.CONSUMER, 30, 0, 0, 0, 0, 0)),
            List.of(SymbolResolution.resolved("mutex_lock", "function", "include/linux/mutex.h", 3, "direct"),
                    SymbolResolution.resolved("phy_start", "function", "include/linux/phy.h", 9, "direct")),
            List.of(Indexes.module("kernel"), Indexes.module("kernel::sync"), Indexes.module("kernel::net"),
                    Indexes.module("kernel::net::phy")),
            List.of(), 200);

    @Test
    void reportsAddedAndRemovedModulesSymbolsConsumersAndUnsafeChanges() {
        ReleaseDiff diff = ReleaseDiffs.between("v6.1", OLD, "v6.12", NEW);
        assertEquals(List.of("kernel::net", "kernel::net::phy"), diff.modulesAdded());
        assertEquals(List.of("kernel::old"), diff.modulesRemoved());
        assertEquals(List.of("phy_start"), diff.symbolsNewlyBound(), "unresolved before, resolved now");
        assertEquals(List.of("old_api"), diff.symbolsNoLongerBound());
        assertEquals(List.of("drivers/net/phy/ax88796b_rust.rs"), diff.consumersAdded());
        assertEquals(List.of("samples/rust/rust_gone.rs"), diff.consumersRemoved());
        assertEquals(List.of(new FileUnsafeChange("rust/kernel/net/phy.rs", 0, 12),
                new FileUnsafeChange("rust/kernel/old.rs", 2, 0),
                new FileUnsafeChange("rust/kernel/sync.rs", 5, 7),
                new FileUnsafeChange("samples/rust/rust_gone.rs", 1, 0)), diff.unsafeChanges());
        assertEquals(8, diff.unsafeBefore());
        assertEquals(19, diff.unsafeAfter());
    }

    @Test
    void testModulesAreNeitherAddedNorRemovedModules() {
        KernelIndex withTests = Indexes.index("v7.3", NEW.files(), NEW.symbols(),
                List.of(Indexes.module("kernel"), Indexes.module("kernel::sync"), Indexes.module("kernel::net"),
                        Indexes.module("kernel::net::phy"), Indexes.testModule("kernel::sync::tests")),
                List.of(), 200);
        assertEquals(List.of(), ReleaseDiffs.between("v6.12", NEW, "v7.3", withTests).modulesAdded());
        assertEquals(List.of(), ReleaseDiffs.between("v7.3", withTests, "v6.12", NEW).modulesRemoved());
    }

    @Test
    void diffOfAReleaseWithItselfIsEmpty() {
        ReleaseDiff diff = ReleaseDiffs.between("v6.12", NEW, "v6.12", NEW);
        assertTrue(diff.modulesAdded().isEmpty() && diff.modulesRemoved().isEmpty()
                && diff.symbolsNewlyBound().isEmpty() && diff.symbolsNoLongerBound().isEmpty()
                && diff.consumersAdded().isEmpty() && diff.consumersRemoved().isEmpty()
                && diff.unsafeChanges().isEmpty());
    }

    @Test
    void textNamesEverySectionAndBiggestUnsafeChangeFirst() {
        String text = ReleaseDiffText.render(ReleaseDiffs.between("v6.1", OLD, "v6.12", NEW));
        assertTrue(text.startsWith("Rust/C boundary changes v6.1 -> v6.12\n"), text);
        assertTrue(text.contains("Abstraction modules added (2)\n  + kernel::net\n  + kernel::net::phy\n"), text);
        assertTrue(text.contains("C symbols no longer bound (1)\n  - old_api\n"), text);
        assertTrue(text.contains("Unsafe sites: 8 -> 19 (+11), 4 files changed\n"), text);
        int phy = text.indexOf("rust/kernel/net/phy.rs");
        int sync = text.indexOf("rust/kernel/sync.rs");
        assertTrue(phy > 0 && phy < sync, text);
        assertTrue(text.contains("     +12     0 -> 12   rust/kernel/net/phy.rs"), text);
    }

    @Test
    void longListsAreCut() {
        String text = ReleaseDiffText.render(ReleaseDiffs.between("v6.1", OLD, "v6.12", NEW), 1);
        assertTrue(text.contains("  + kernel::net\n  ... 1 more\n"), text);
    }

    @Test
    void diffRoundTripsThroughJson() throws Exception {
        ReleaseDiff diff = ReleaseDiffs.between("v6.1", OLD, "v6.12", NEW);
        String json = ModelJson.mapper().writeValueAsString(diff);
        assertTrue(json.contains("\"schema\" : \"interop-atlas/diff/1\""), json);
        assertEquals(diff, ModelJson.mapper().readValue(json, ReleaseDiff.class));
    }
}
