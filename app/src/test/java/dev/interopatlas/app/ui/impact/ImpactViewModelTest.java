package dev.interopatlas.app.ui.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.model.impact.ChangeKind;
import dev.interopatlas.model.impact.DeclarationChange;
import dev.interopatlas.model.impact.ImpactReport;
import dev.interopatlas.model.impact.ImpactSummary;
import dev.interopatlas.model.impact.RustReach;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The tab's state on a hand-made report shaped like the planted phy.h change of PlantedChangesTest. */
class ImpactViewModelTest {
    private static final RustReach PHY_RS = new RustReach("rust/kernel/net/phy.rs", 71,
            Optional.of("kernel::net::phy"), "kernel", List.of("phy_read_paged"), Optional.of("module:kernel::net::phy"));
    private static final RustReach DRIVER = new RustReach("drivers/net/phy/ax_mini_rust.rs", 7, Optional.empty(),
            "ax_mini_rust", List.of("kernel::net::phy"), Optional.of("consumer:ax_mini_rust"));

    private static DeclarationChange change(String symbol, int line, List<RustReach> direct) {
        return new DeclarationChange(symbol, "function", "include/linux/phy.h", line, ChangeKind.SIGNATURE_CHANGED,
                Optional.of("int " + symbol + "(u32 x);"), Optional.of("int " + symbol + "(u16 x);"),
                List.of(symbol), direct, List.of(DRIVER), List.of("header:include/linux/phy.h", "symbol:" + symbol,
                        "module:kernel::net::phy", "consumer:ax_mini_rust"));
    }

    private static ImpactReport report(List<DeclarationChange> changes) {
        return new ImpactReport(ImpactReport.SCHEMA, "v7.3", "v7.4", "x86", new ImpactSummary(3, 2, 1,
                new TreeMap<>(), new TreeMap<>(), 0, 0, 2, List.of(), true), List.of(), changes);
    }

    @Test
    void listsOnlyChangesARustFileNamesAndSaysHowManyOfAll() {
        ImpactViewModel vm = new ImpactViewModel(path -> { });
        vm.setReport(report(List.of(change("phy_read_paged", 60, List.of(PHY_RS)), change("unbound", 61, List.of()))));
        assertEquals(List.of("phy_read_paged"), vm.rows().stream().map(DeclarationChange::symbol).toList());
        assertTrue(vm.statusProperty().get().startsWith("1 of 3 changed C declarations reach Rust, v7.3 \u2192 v7.4"),
                vm.statusProperty().get());
    }

    @Test
    void choosingHandsTheDeclarationFirstThenItsHeaderAndItsDirectoryStandIn() {
        List<List<String>> highlighted = new ArrayList<>();
        ImpactViewModel vm = new ImpactViewModel(highlighted::add);
        DeclarationChange change = change("phy_read_paged", 60, List.of(PHY_RS));
        vm.setReport(report(List.of(change)));
        vm.choose(Optional.of(change));
        vm.choose(Optional.of(change));
        List<String> path = List.of("symbol:phy_read_paged", "header:include/linux/phy.h", "headerdir:include/linux",
                "module:kernel::net::phy", "consumer:ax_mini_rust");
        assertEquals(List.of(path, path), highlighted, "choosing again (Enter) highlights again");
        assertEquals(List.of("* int phy_read_paged(u32 x); | int phy_read_paged(u16 x);"), vm.sides().stream()
                .map(r -> (r.changed() ? "* " : "  ") + r.before().orElse("") + " | " + r.after().orElse("")).toList());
        assertEquals(List.of(PHY_RS), vm.uses());
        assertEquals("ax_mini_rust, kernel", ImpactViewModel.crates(change));
    }

    @Test
    void filterMatchesSymbolHeaderLineAndCrates() {
        ImpactViewModel vm = new ImpactViewModel(path -> { });
        vm.setReport(report(List.of(change("phy_read_paged", 60, List.of(PHY_RS)),
                change("genphy_suspend", 58, List.of(PHY_RS)))));
        vm.filterProperty().set("GENPHY");
        assertEquals(List.of("genphy_suspend"), vm.filtered().stream().map(DeclarationChange::symbol).toList());
        vm.filterProperty().set("phy.h:60");
        assertEquals(List.of("phy_read_paged"), vm.filtered().stream().map(DeclarationChange::symbol).toList());
        vm.filterProperty().set("ax_mini");
        assertEquals(2, vm.filtered().size());
        vm.filterProperty().set("");
        assertEquals(2, vm.filtered().size());
    }

    @Test
    void whereSortsByHeaderThenLineNumber() {
        List<String> where = new ArrayList<>(List.of("b.h:2", "a.h:10", "a.h:9"));
        where.sort(ImpactViewModel.WHERE_ORDER);
        assertEquals(List.of("a.h:9", "a.h:10", "b.h:2"), where);
    }

    @Test
    void changeKindsSortRemovalsAndSignaturesFirstAdditionsLast() {
        List<String> kinds = new ArrayList<>(List.of("added", "body-changed", "value-changed", "signature-changed",
                "fields-changed", "removed"));
        kinds.sort(ImpactViewModel.CHANGE_ORDER);
        assertEquals(List.of("removed", "signature-changed", "fields-changed", "value-changed", "body-changed",
                "added"), kinds);
    }

    @Test
    void clearingSaysWhyAndForgetsTheChoice() {
        ImpactViewModel vm = new ImpactViewModel(path -> { });
        DeclarationChange change = change("phy_read_paged", 60, List.of(PHY_RS));
        vm.setReport(report(List.of(change)));
        vm.choose(Optional.of(change));
        vm.clear("Turn on Diff");
        assertEquals("Turn on Diff", vm.statusProperty().get());
        assertEquals(List.of(), vm.sides());
        assertEquals(Optional.empty(), vm.chosenProperty().get());
    }
}
