package dev.interopatlas.app.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.appearance.NodeStyles;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.ui.testing.TinyGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.index.IndexStats;
import dev.interopatlas.model.index.KernelIndex;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExplorerViewModelTest {
    private final ExplorerViewModel vm = new ExplorerViewModel();

    @BeforeEach
    void load() {
        vm.setAtlas(new LoadedAtlas(new KernelIndex(KernelIndex.SCHEMA, "tiny", Optional.empty(), "x86_64",
                new IndexStats(0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                TinyGraph.graph(), List.of()), Optional.empty(), "tiny"));
    }

    @Test
    void focusFadesEverythingOutsideTheNeighbourhood() {
        vm.select("symbol:foo");
        vm.focusSelection();
        NodeStyles styles = vm.nodeStyles();
        assertTrue(styles.context());
        assertEquals(Set.of("symbol:foo", "header:include/linux/b.h", "helper:foo_h", "module:kernel::x"), styles.focus());
        vm.hopsProperty().set(2);
        assertTrue(vm.nodeStyles().focus().contains("consumer:drivers/net/drv.rs"));
        vm.clearContext();
        assertFalse(vm.nodeStyles().context());
        assertEquals(Optional.of("symbol:foo"), vm.nodeStyles().selected());
    }

    @Test
    void blastRadiusNeedsASelectionAndIsClearedBySelectingAnother() {
        assertTrue(vm.showBlastRadius().isEmpty());
        vm.select("header:include/linux/b.h");
        assertEquals(2, vm.showBlastRadius().orElseThrow().rustImpact().size());
        assertTrue(vm.nodeStyles().blast().contains("module:kernel::x"));
        vm.select("symbol:bar");
        assertTrue(vm.blastProperty().get().isEmpty());
    }

    @Test
    void filteringChangesTheVisibleGraphButNeverMovesNodes() {
        var before = vm.layout();
        vm.filterProperty().set(vm.filterProperty().get().withLayer(Layer.C_HEADERS, false));
        assertEquals(6, vm.visibleGraphProperty().get().nodes().size());
        assertEquals(before, vm.layout());
    }

    @Test
    void collapsingHeadersDropsASelectionThatNoLongerExists() {
        vm.select("header:include/linux/a.h");
        vm.collapseHeadersProperty().set(true);
        assertTrue(vm.selectedProperty().get().isEmpty());
        assertEquals(8, vm.visibleGraphProperty().get().nodes().size());
        assertEquals("module", vm.search("kernel::y", 3).get(0).category());
        assertTrue(vm.layout().containsKey("headerdir:include/linux"));
    }

    @Test
    void heatIsRelativeToTheHottestVisibleNode() {
        vm.heatProperty().set(true);
        var heat = vm.nodeStyles().heat().orElseThrow();
        assertEquals(1.0, heat.get("module:kernel::y"), 1e-9);
        assertTrue(heat.get("module:kernel::x") > 0 && heat.get("module:kernel::x") < 1);
        assertEquals(0.0, heat.get("symbol:foo"));
    }

    @Test
    void selectingAnUnknownIdClearsTheSelection() {
        vm.select("symbol:foo");
        vm.select("symbol:does_not_exist");
        assertTrue(vm.selectedProperty().get().isEmpty());
    }
}
