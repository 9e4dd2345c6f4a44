package dev.interopatlas.indexer.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.history.HistoryIndexer;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.impact.ChangeKind;
import dev.interopatlas.model.impact.DeclarationChange;
import dev.interopatlas.model.impact.ImpactReport;
import dev.interopatlas.model.impact.RustReach;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One planted change per change kind on the sample's v7.3 tree (sample-trees/minikernel/v7.3), each compared with
 * the unchanged tree. Every expected path below is read off the sample's sources, cited by file:line.
 */
class PlantedChangesTest {
    private static final String PHY_H = "include/linux/phy.h";
    private static final String PHY_RS = "rust/kernel/net/phy.rs";
    private static final String AX_DRIVER = "drivers/net/phy/ax_mini_rust.rs";

    @TempDir
    static Path temp;
    private static PlantedRepo repo;
    private static HistoryIndexer history;

    @BeforeAll
    static void plantChanges() throws Exception {
        repo = PlantedRepo.create(temp);
        // phy.h:60 `int phy_read_paged(struct phy_device *phydev, int page, u32 regnum);`
        repo.plant("prototype", PHY_H, "int page, u32 regnum);", "int page, u16 regnum);");
        // phy.h:58 `int genphy_suspend(struct phy_device *phydev);` taken out
        repo.plant("removal", PHY_H, "int genphy_suspend(struct phy_device *phydev);\n", "");
        // phy.h:34-42 struct phy_device gains a field after `int duplex;`
        repo.plant("field", PHY_H, "\tint duplex;\n", "\tint duplex;\n\tint pause;\n");
        // phy.h:29-31: a constant inserted before PHY_RUNNING shifts PHY_RUNNING and PHY_NOLINK
        repo.plant("constant", PHY_H, "\tPHY_UP,\n", "\tPHY_UP,\n\tPHY_STARTING,\n");
        // rust/helpers/mutex.c:8, the body of rust_helper_mutex_lock
        repo.plant("helper-body", "rust/helpers/mutex.c", "\tmutex_lock(lock);", "\tmutex_lock_nested(lock, 0);");
        // mutex.h:19 `extern int __must_check mutex_trylock(struct mutex *lock);`: no .rs file of the sample names
        // mutex_trylock and no rust_helper_ wraps it
        repo.plant("unbound", "include/linux/mutex.h", "extern int __must_check mutex_trylock(",
                "extern bool __must_check mutex_trylock(");
        // a new prototype after phy.h:60 that nothing uses yet
        repo.plant("addition", PHY_H, "u32 regnum);\n", "u32 regnum);\nint phy_start_aneg(struct phy_device *phydev);\n");
        // only comments and whitespace: no change at all
        repo.plant("cosmetic", PHY_H, "int genphy_resume(struct phy_device *phydev);",
                "int   genphy_resume( struct phy_device *phydev /* the PHY */ );");
        history = HistoryIndexer.open(repo.gitDir(), temp.resolve("cache"), IndexOptions.defaults(), w -> { });
    }

    @AfterAll
    static void close() {
        history.close();
        repo.close();
    }

    private static ImpactReport impact(String tag, boolean all) throws Exception {
        return RevisionImpact.between(history, "base", tag, new ImpactAnalysis(IndexOptions.defaults(), all),
                ProgressMonitor.NONE, w -> { });
    }

    private static DeclarationChange only(ImpactReport report) {
        assertEquals(1, report.changes().size(), () -> "listed: " + report.changes());
        return report.changes().get(0);
    }

    private static RustReach reach(String path, int line, Optional<String> module, String crate, String via,
                                   String node) {
        return new RustReach(path, line, module, crate, List.of(via), Optional.of(node));
    }

    /** ax_mini_rust.rs:7 `net::phy::{self, DeviceId, Driver},` is where the driver names kernel::net::phy. */
    private static RustReach phyDriver() {
        return reach(AX_DRIVER, 7, Optional.empty(), "ax_mini_rust", "kernel::net::phy", "consumer:ax_mini_rust");
    }

    @Test
    void changedPrototypeNamesPhyRsAndThePhyDriverAndNothingElse() throws Exception {
        ImpactReport report = impact("prototype", false);
        DeclarationChange change = only(report);
        assertEquals("phy_read_paged", change.symbol());
        assertEquals(ChangeKind.SIGNATURE_CHANGED, change.change());
        assertEquals(PHY_H + ":60", change.header() + ":" + change.line());
        // phy.rs:71 `bindings::phy_read_paged(phydev, page.into(), regnum.into())`
        assertEquals(List.of(reach(PHY_RS, 71, Optional.of("kernel::net::phy"), "kernel", "phy_read_paged",
                "module:kernel::net::phy")), change.direct());
        assertEquals(List.of(phyDriver()), change.indirect());
        assertTrue(change.before().orElseThrow().contains("u32 regnum"), change.before().toString());
        assertTrue(change.after().orElseThrow().contains("u16 regnum"), change.after().toString());
        assertEquals(List.of("header:" + PHY_H, "symbol:phy_read_paged", "module:kernel::net::phy",
                "consumer:ax_mini_rust"), change.nodes());
        assertEquals(Map.of("signature-changed", 1), report.summary().byKind());
        assertTrue(report.summary().rustAffected());
    }

    @Test
    void removedDeclarationStillFindsTheRustThatNamesIt() throws Exception {
        DeclarationChange change = only(impact("removal", false));
        assertEquals("genphy_suspend", change.symbol());
        assertEquals(ChangeKind.REMOVED, change.change());
        // phy.rs:101 `to_result(unsafe { bindings::genphy_suspend(phydev) })`
        assertEquals(List.of(reach(PHY_RS, 101, Optional.of("kernel::net::phy"), "kernel", "genphy_suspend",
                "module:kernel::net::phy")), change.direct());
        assertEquals(List.of(phyDriver()), change.indirect());
    }

    @Test
    void newFieldIsAFieldsChangeOfTheStructRustWraps() throws Exception {
        DeclarationChange change = only(impact("field", false));
        assertEquals("phy_device", change.symbol());
        assertEquals("struct", change.kind());
        assertEquals(ChangeKind.FIELDS_CHANGED, change.change());
        // phy.rs:32 `pub struct Device(Opaque<bindings::phy_device>);` is its first bindings:: mention
        assertEquals(List.of(reach(PHY_RS, 32, Optional.of("kernel::net::phy"), "kernel", "phy_device",
                "module:kernel::net::phy")), change.direct());
        assertTrue(change.after().orElseThrow().contains("int pause;"));
    }

    @Test
    void insertedEnumConstantShiftsTheValuesOfTheBoundConstantsAfterIt() throws Exception {
        ImpactReport report = impact("constant", false);
        // PHY_STARTING added, enum phy_state's fields, PHY_RUNNING and PHY_NOLINK renumbered (phy.h:30-31)
        assertEquals(Map.of("added", 1, "fields-changed", 1, "value-changed", 2), report.summary().byKind());
        // phy.rs:61-62 bind only the two constants, as phy_state_PHY_RUNNING and phy_state_PHY_NOLINK
        assertEquals(List.of("PHY_NOLINK", "PHY_RUNNING"), report.changes().stream().map(DeclarationChange::symbol)
                .sorted().toList());
        for (DeclarationChange change : report.changes()) {
            assertEquals(ChangeKind.VALUE_CHANGED, change.change());
            int line = change.symbol().equals("PHY_RUNNING") ? 61 : 62;
            assertEquals(List.of(reach(PHY_RS, line, Optional.of("kernel::net::phy"), "kernel",
                    "phy_state_" + change.symbol(), "module:kernel::net::phy")), change.direct());
        }
        DeclarationChange running = report.changes().stream().filter(c -> c.symbol().equals("PHY_RUNNING"))
                .findFirst().orElseThrow();
        assertEquals(Optional.of("0+4"), running.before());
        assertEquals(Optional.of("0+5"), running.after());
    }

    @Test
    void helperBodyChangeReachesTheRustCallingTheHelper() throws Exception {
        DeclarationChange change = only(impact("helper-body", false));
        assertEquals("rust_helper_mutex_lock", change.symbol());
        assertEquals(ChangeKind.BODY_CHANGED, change.change());
        assertEquals("rust/helpers/mutex.c", change.header());
        // rust/kernel/sync/lock/mutex.rs:27 `unsafe { bindings::mutex_lock(ptr) };`; no file outside the
        // module names kernel::sync::lock::mutex (sync.rs:13 re-exports it by a relative path)
        assertEquals(List.of(reach("rust/kernel/sync/lock/mutex.rs", 27, Optional.of("kernel::sync::lock::mutex"),
                "kernel", "mutex_lock", "module:kernel::sync::lock::mutex")), change.direct());
        assertEquals(List.of(), change.indirect());
        assertTrue(change.nodes().contains("helper:mutex_lock"), change.nodes().toString());
    }

    @Test
    void prototypeNoRustBindsIsCountedNotListed() throws Exception {
        ImpactReport report = impact("unbound", false);
        assertEquals(List.of(), report.changes());
        assertEquals(1, report.summary().changes());
        assertEquals(1, report.summary().notReachingRust());
        assertFalse(report.summary().rustAffected());

        DeclarationChange listed = only(impact("unbound", true));
        assertEquals("mutex_trylock", listed.symbol());
        assertEquals(ChangeKind.SIGNATURE_CHANGED, listed.change());
        assertEquals(List.of(), listed.direct());
        assertEquals(List.of(), listed.indirect());
    }

    @Test
    void newPrototypeIsAnAdditionThatReachesNoRust() throws Exception {
        ImpactReport report = impact("addition", true);
        DeclarationChange change = only(report);
        assertEquals("phy_start_aneg", change.symbol());
        assertEquals(ChangeKind.ADDED, change.change());
        assertEquals(PHY_H + ":61", change.header() + ":" + change.line());
        assertEquals(List.of(), change.direct());
        assertEquals(Optional.empty(), change.before());
    }

    @Test
    void whitespaceAndCommentsAreNoChange() throws Exception {
        ImpactReport report = impact("cosmetic", true);
        assertEquals(0, report.summary().changes(), () -> report.changes().toString());
        assertEquals(1, report.summary().compared() / 2, "phy.h differs by blob, so it is compared on both sides");
    }

    @Test
    void identicalRevisionsCompareNoFile() throws Exception {
        ImpactReport report = impact("base", true);
        assertEquals(0, report.summary().changes());
        assertEquals(0, report.summary().compared());
        assertEquals(new ArrayList<>(), new ArrayList<>(report.headers()));
    }
}
