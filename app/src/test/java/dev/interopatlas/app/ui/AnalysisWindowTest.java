package dev.interopatlas.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.ui.hotspots.HotspotsViewModel;
import dev.interopatlas.app.ui.readiness.AnalysisTabs;
import dev.interopatlas.app.ui.testing.Pulses;
import dev.interopatlas.app.ui.testing.TestApplication;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.SubsystemReadiness;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the hotspots and readiness tabs of the real window on the bundled sample. */
class AnalysisWindowTest extends FxRobot {
    private static final String PHY_RUST = "ETHERNET PHY LIBRARY [RUST]";

    @TempDir
    Path temp;
    private AtlasApplication app;
    private Path tree;

    @BeforeEach
    void start() throws Exception {
        tree = SampleTrees.extract("v6.12", temp.resolve("v6.12"));
        FxToolkit.registerPrimaryStage();
        app = (AtlasApplication) FxToolkit.setupApplication(TestApplication.class, "open",
                tree.toString());
        TestApplication.showClassic(app);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.explorer() != null
                && app.explorer().viewModel().atlasProperty().get().isPresent()
                && tabs().lastLoadTimes().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private AnalysisTabs tabs() {
        return app.explorer().analysisTabs();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }

    @Test
    void hotspotsTableShowsEveryUnsafeFileAndOpensTheSelectedOne() throws Exception {
        clickOn("Unsafe hotspots");
        TableView<Hotspot> table = table("#hotspotsTable");
        long unsafeFiles = app.explorer().viewModel().atlasProperty().get().orElseThrow().index().files().stream()
                .filter(f -> f.unsafeTotal() > 0).count();
        assertEquals(unsafeFiles, table.getItems().size());
        Hotspot top = table.getItems().get(0);
        assertTrue(table.getItems().stream().allMatch(r -> r.total() <= top.total()), "ranked, most unsafe first");
        assertEquals(table.getItems().size() + " of " + unsafeFiles + " rows",
                lookup("#hotspotCount").queryLabeled().getText());

        Hotspot abstraction = table.getItems().stream()
                .filter(r -> r.role() == dev.interopatlas.model.metrics.FileRole.ABSTRACTION).findFirst().orElseThrow();
        interact(() -> {
            table.getSelectionModel().select(abstraction);
            table.requestFocus();
        });
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String expected = HotspotsViewModel.nodeFor(app.explorer().viewModel().shownIndex(), abstraction).orElseThrow();
        assertEquals(java.util.Optional.of(expected), app.explorer().viewModel().selectedProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tabs().sourceWindow()
                .map(w -> w.shownText().contains("unsafe")).orElse(false));
        assertTrue(tabs().sourceWindow().get().stage().getTitle().startsWith(abstraction.path() + ":"));
        assertTrue(tabs().sourceWindow().get().shownText().contains(abstraction.line() + "  "));
    }

    @Test
    void hotspotPrefixFilterNarrowsTheTable() {
        clickOn("Unsafe hotspots");
        TableView<Hotspot> table = table("#hotspotsTable");
        int all = table.getItems().size();
        clickOn("#hotspotPrefix").write("rust/kernel/sync");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(table.getItems().isEmpty());
        assertTrue(table.getItems().size() < all);
        assertTrue(table.getItems().stream().allMatch(r -> r.path().startsWith("rust/kernel/sync")));
    }

    @Test
    void selectingAReadinessRowFiltersTheGraphAndShowWholeGraphRestoresIt() throws Exception {
        clickOn("Readiness");
        TableView<SubsystemReadiness> table = table("#readinessTable");
        assertFalse(table.getItems().isEmpty());
        SubsystemReadiness phy = table.getItems().stream().filter(r -> r.section().equals(PHY_RUST)).findFirst()
                .orElseThrow();
        assertTrue(phy.rustSection());
        int before = app.explorer().graphView().nodeCount();

        interact(() -> table.getSelectionModel().select(phy));
        WaitForAsyncUtils.waitForFxEvents();
        InteropGraph visible = app.explorer().viewModel().visibleGraphProperty().get();
        try (WorkingTree t = WorkingTree.open(tree)) {
            SubsystemMapping mapping = new SubsystemMapping(MaintainersIndex.load(t).matcher());
            assertFalse(visible.nodes().isEmpty());
            for (Node n : visible.nodes()) {
                assertTrue(mapping.sectionsOf(n.path().orElseThrow()).contains(PHY_RUST), n.id());
            }
        }
        assertEquals(visible.nodes().size(), app.explorer().graphView().nodeCount());
        assertTrue(app.explorer().graphView().nodeCount() < before);
        assertEquals("Graph: " + PHY_RUST, lookup("#readinessGraphLabel").queryLabeled().getText());

        clickOn("#readinessClear");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, app.explorer().graphView().nodeCount());
        assertTrue(app.explorer().viewModel().filterProperty().get().subsystem().isEmpty());
    }

    @Test
    void addingAnOlderReleaseDrawsSparklinesAndTheChart() throws Exception {
        clickOn("Readiness");
        assertFalse(lookup("#readinessChart").tryQuery().isPresent(), "one release: no chart");
        Path older = SampleTrees.extract("v6.1", temp.resolve("v6.1"));
        interact(() -> tabs().addRelease(older));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tabs().readinessViewModel().hasHistory());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#readinessChart").tryQuery().isPresent());
        assertTrue(lookup(".sparkline").tryQuery().isPresent());
        assertEquals(2, tabs().readinessViewModel().releases().size());
        clickOn("Unsafe hotspots");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tabs().hotspotsViewModel().data().previous().isPresent());
        TableView<Hotspot> hotspots = table("#hotspotsTable");
        assertTrue(hotspots.getItems().stream().anyMatch(r -> r.changeSincePrevious().isPresent()));
    }

    @Test
    void heatFromTheViewMenuColoursTheGraphWithoutRenderErrors() throws Exception {
        java.util.List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.add(e)));
        clickOn("View");
        clickOn("Unsafe Heat");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.explorer().viewModel().heatProperty().get());
        assertTrue(app.explorer().viewModel().nodeStyles().heat().isPresent());
        assertTrue(app.explorer().viewModel().heatMap().values().stream().anyMatch(h -> h > 0.5));
        Pulses.await(60); // about a second of frames drawn with heat
        assertEquals(java.util.List.of(), errors, "the graph renders heat without exceptions");
    }
}
