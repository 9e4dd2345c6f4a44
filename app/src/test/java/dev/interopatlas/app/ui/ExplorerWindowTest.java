package dev.interopatlas.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.load.DirectoryLoader;
import dev.interopatlas.app.graphview.GraphView;
import dev.interopatlas.app.ui.explorer.ExplorerView;
import dev.interopatlas.app.ui.testing.Pulses;
import dev.interopatlas.app.ui.testing.TestApplication;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless: open, search, select, focus, filter, blast radius, errors. */
class ExplorerWindowTest extends FxRobot {
    private static final int NODES = 300;
    private AtlasApplication app;

    @BeforeEach
    void start() throws Exception {
        app = TestApplication.started("--synthetic=" + NODES);
        TestApplication.showClassic(app);
    }

    @AfterEach
    void stop() throws Exception {
        TestApplication.stop(app);
    }

    private ExplorerView explorer() {
        return app.explorer();
    }

    private GraphView graph() {
        return explorer().graphView();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private void search(String what) {
        javafx.scene.control.TextField field = lookup("#searchField").queryAs(javafx.scene.control.TextField.class);
        interact(field::clear);
        clickOn(field).write(what).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openSearchSelectFocusFilterAndBlastRadius() throws Exception {
        assertEquals(NODES, graph().nodeCount());
        assertTrue(text("#statusLabel").startsWith(NODES + " nodes"), text("#statusLabel"));

        search("kernel::m3");
        assertEquals("kernel::m3", text("#detailsTitle"));
        assertEquals("abstraction \u2014 Rust abstractions", text("#detailsKind"));
        assertFalse(lookup("#outgoingList").queryAs(ListView.class).getItems().isEmpty());

        clickOn("#focusButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#contextLabel").startsWith("Focus: 1 hop(s)"), text("#contextLabel"));
        String neighbour = explorer().viewModel().shownIndex().outgoing("module:kernel::m3").get(0).to();
        assertTrue(graph().classOf(neighbour).orElseThrow().startsWith("lit"), "neighbour is emphasised");
        assertTrue(graph().classOf("module:kernel::m3").orElseThrow().contains("selected"));
        long faded = explorer().viewModel().visibleGraphProperty().get().nodes().stream()
                .filter(n -> graph().classOf(n.id()).orElseThrow().startsWith("layer")).count();
        assertEquals(NODES - explorer().viewModel().focusSet().size(), faded);

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", text("#contextLabel"));

        long consumers = explorer().viewModel().shownIndex().nodes().stream()
                .filter(n -> n.layer() == Layer.CONSUMERS).count();
        clickOn("#layer-CONSUMERS");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NODES - consumers, graph().nodeCount());
        assertTrue(text("#statusLabel").startsWith((NODES - consumers) + " nodes"), text("#statusLabel"));

        search("sym_");
        String symbol = explorer().viewModel().selectedProperty().get().orElseThrow();
        assertTrue(symbol.startsWith("symbol:"), symbol);
        assertEquals(explorer().viewModel().search("sym_", 1).get(0).node().id(), symbol, "the top hit was chosen");
        clickOn("#blastButton");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        List<Node> listed = lookup("#blastList").queryAs(ListView.class).getItems();
        assertFalse(listed.isEmpty(), "the most-bound symbol has Rust dependents");
        assertTrue(listed.stream().allMatch(n -> n.kind() == NodeKind.ABSTRACTION || n.kind() == NodeKind.CONSUMER));
        Node shownDependent = listed.stream().filter(n -> n.kind() == NodeKind.ABSTRACTION).findFirst().orElseThrow();
        assertTrue(graph().classOf(shownDependent.id()).orElseThrow().contains("blast"));
        assertTrue(text("#blastTitle").contains(listed.size() + " Rust abstractions and consumers"), text("#blastTitle"));
    }

    @Test
    void clickingANodeInTheGraphSelectsIt() throws Exception {
        clickOn("#fitButton");
        WaitForAsyncUtils.waitForFxEvents();
        String target = "module:kernel::m5";
        Pulses.await(10); // the fitted graph is drawn where screenPositionOf says
        javafx.geometry.Point2D at = graph().screenPositionOf(target).orElseThrow();
        clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Optional.of(target), explorer().viewModel().selectedProperty().get());
        assertEquals("kernel::m5", text("#detailsTitle"));
    }

    @Test
    void followingAnEdgeInTheDetailsSelectsTheOtherEnd() {
        search("kernel::m3");
        @SuppressWarnings("unchecked")
        ListView<dev.interopatlas.app.ui.details.NodeDetails.Link> outgoing = lookup("#outgoingList").queryAs(ListView.class);
        String other = outgoing.getItems().get(0).label();
        clickOn(outgoing.lookup(".list-cell"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other, text("#detailsTitle"));
    }

    @Test
    void openingAMissingDirectoryShowsAnErrorNamingIt() throws Exception {
        Path missing = Path.of("/nonexistent/kernel-tree");
        interact(() -> explorer().open(new DirectoryLoader(missing)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#errorDialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = lookup("#errorDialog").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(dialog.getContentText().contains(missing.toString()), dialog.getContentText());
        assertTrue(dialog.getHeaderText().startsWith("Could not open"));
        assertEquals(NODES, graph().nodeCount(), "the previous graph stays");
        interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void detailsShowTheSourceAroundTheNodeWithUnsafeMarked(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("rust/kernel"));
        java.nio.file.Files.writeString(dir.resolve("rust/kernel/x.rs"),
                "// SAFETY: the pointer is valid\nunsafe { bindings::foo() };\n");
        var tree = dev.interopatlas.indexer.source.WorkingTree.open(dir);
        var index = new dev.interopatlas.model.index.KernelIndex(dev.interopatlas.model.index.KernelIndex.SCHEMA, dir.toString(),
                java.util.Optional.empty(), "x86_64", new dev.interopatlas.model.index.IndexStats(0, 0, 0, 0, 0, 0),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                dev.interopatlas.app.ui.testing.TinyGraph.graph(), List.of());
        interact(() -> explorer().viewModel().setAtlas(new dev.interopatlas.app.core.release.LoadedAtlas(index,
                java.util.Optional.of(tree), "tiny")));
        search("kernel::x");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#sourceNote").equals("rust/kernel/x.rs:1"));
        javafx.scene.text.TextFlow source = lookup("#sourceView").queryAs(javafx.scene.text.TextFlow.class);
        List<javafx.scene.text.Text> texts = source.getChildren().stream().map(javafx.scene.text.Text.class::cast).toList();
        assertTrue(texts.stream().anyMatch(t -> t.getText().equals("unsafe") && t.getStyleClass().contains("unsafe")));
        assertTrue(texts.stream().anyMatch(t -> t.getText().equals("SAFETY:") && t.getStyleClass().contains("safety")));
        assertTrue(explorer().details().sourceText().startsWith("1  // "), explorer().details().sourceText());
    }

    @Test
    void cancelStopsALongOpenAndKeepsTheGraph() throws Exception {
        dev.interopatlas.app.core.load.AtlasLoader endless = new dev.interopatlas.app.core.load.AtlasLoader() {
            @Override
            public String description() {
                return "endless tree";
            }

            @Override
            public dev.interopatlas.app.core.release.LoadedAtlas load(dev.interopatlas.indexer.progress.ProgressMonitor monitor)
                    throws InterruptedException {
                monitor.beginTask("Lexing Rust", 1000);
                while (true) {
                    monitor.checkCancelled();
                    monitor.update(1);
                    Thread.sleep(20);
                }
            }
        };
        interact(() -> explorer().open(endless));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#statusLabel").equals("Lexing Rust"));
        assertTrue(lookup("#cancelButton").query().isVisible());
        assertTrue(lookup("#progressBar").queryAs(javafx.scene.control.ProgressBar.class).getProgress() >= 0);
        clickOn("#cancelButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#statusLabel").equals("Cancelled opening endless tree"));
        assertFalse(lookup("#cancelButton").query().isVisible());
        assertEquals(NODES, graph().nodeCount());
    }
}
