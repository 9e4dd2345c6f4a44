package dev.interopatlas.app.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.map.Grouping;
import dev.interopatlas.app.core.map.MapNode;
import dev.interopatlas.app.ui.AtlasApplication;
import dev.interopatlas.app.ui.map.MapViewModel.Shown;
import dev.interopatlas.app.ui.testing.Pulses;
import dev.interopatlas.app.ui.testing.TestApplication;
import dev.interopatlas.model.analysis.SubsystemReadiness;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map in the real window on the bundled sample (sample-trees/minikernel/v7.3): shown by default, opened and
 * closed in place, revealed by search, and switched to a section's view by the readiness table. Expected boxes are
 * read off the sample's files: rust/kernel has sub-module directories alloc/, block/, init/, net/ and sync/ (sync/
 * with lock/ below it, holding mutex.rs and spinlock.rs), every other module (error, io, prelude, print, soc, str,
 * types, workqueue) goes with the crate root into group "kernel"; the consumer crates are the five roots
 * drivers/block/rnull_mini.rs, drivers/gpu/mini-core/mini_core_main.rs (crate mini_core),
 * drivers/net/phy/ax_mini_rust.rs, samples/rust/rust_minimal.rs and samples/rust/rust_print.rs.
 */
class MapWindowTest extends FxRobot {
    private static final String SYNC = Grouping.groupId(Layer.ABSTRACTIONS, "kernel::sync");
    private static final String LOCK = Grouping.groupId(Layer.ABSTRACTIONS, "kernel::sync::lock");
    private static final Set<String> CRATES = Set.of("rnull_mini", "mini_core", "ax_mini_rust", "rust_minimal",
            "rust_print");

    private AtlasApplication app;

    @BeforeEach
    void start() throws Exception {
        app = TestApplication.started();
        awaitMap(s -> true);
    }

    @AfterEach
    void stop() throws Exception {
        TestApplication.stop(app);
    }

    private MapPane pane() {
        return app.explorer().map();
    }

    private Shown shown() {
        return pane().viewModel().current().orElseThrow();
    }

    /** Waits until the map shown passes {@code test} and no layout is running, then for it to be drawn. */
    private void awaitMap(Predicate<Shown> test) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                !pane().viewModel().busy() && pane().viewModel().current().filter(test).isPresent()).get());
        Pulses.await(3);
    }

    private Set<String> labels(Layer layer) {
        return shown().laid().view().nodes().stream().filter(n -> n.layer() == layer).map(MapNode::label)
                .collect(Collectors.toSet());
    }

    private Point2D onScreen(String box) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Point2D local = pane().canvas().pointOf(box).orElseThrow();
            return pane().canvas().localToScreen(local);
        }).get();
    }

    @Test
    void theOverviewIsShownByDefaultWithEveryBoxLabelled() {
        assertTrue(pane().node().isVisible(), "the map, not the full graph, is in the graph area");
        assertFalse(app.explorer().graphView().node().isVisible());
        assertEquals(Set.of("kernel", "kernel::alloc", "kernel::block", "kernel::init", "kernel::net",
                "kernel::sync"), labels(Layer.ABSTRACTIONS));
        assertEquals(CRATES, labels(Layer.CONSUMERS));
        Set<String> boxes = shown().laid().view().nodes().stream().map(MapNode::id).collect(Collectors.toSet());
        assertEquals(boxes, pane().canvas().labelsDrawn(), "every box has its label drawn");
    }

    @Test
    void doubleClickOpensAGroupAndBackspaceClosesItAgain() throws Exception {
        doubleClickOn(onScreen(SYNC));
        awaitMap(s -> s.expansion().isExpanded(SYNC));
        // kernel::sync opens into the group kernel::sync::lock and the modules kernel::sync and kernel::sync::arc
        assertEquals(Set.of("kernel", "kernel::alloc", "kernel::block", "kernel::init", "kernel::net",
                "kernel::sync::lock", "kernel::sync", "kernel::sync::arc"), labels(Layer.ABSTRACTIONS));

        clickOn(onScreen("module:kernel::sync::arc"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("module:kernel::sync::arc"), app.explorer().viewModel().selectedProperty().get());
        type(KeyCode.BACK_SPACE);
        awaitMap(s -> !s.expansion().isExpanded(SYNC));
        assertTrue(labels(Layer.ABSTRACTIONS).contains("kernel::sync"));
        assertFalse(labels(Layer.ABSTRACTIONS).contains("kernel::sync::arc"));
    }

    /** Opened with nothing inside chosen yet, the breadcrumbs end at the group opened, not at the view. */
    @Test
    void theBreadcrumbsNameTheGroupJustOpened() throws Exception {
        doubleClickOn(onScreen(SYNC));
        awaitMap(s -> s.expansion().isExpanded(SYNC));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Overview", "kernel::sync"), crumbs());
        doubleClickOn(onScreen(LOCK));
        awaitMap(s -> s.expansion().isExpanded(LOCK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Overview", "kernel::sync", "kernel::sync::lock"), crumbs());
        clickOn(onScreen("module:kernel::sync::arc"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Overview", "kernel::sync"), crumbs(), "a choice anchors them again");
    }

    private List<String> crumbs() {
        return lookup("#mapBreadcrumbs").queryAs(javafx.scene.layout.HBox.class).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled)
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> !t.equals("\u25b8")).toList();
    }

    @Test
    void enterOpensTheSelectedGroupAndItsDetailsNameIt() throws Exception {
        String block = Grouping.groupId(Layer.ABSTRACTIONS, "kernel::block");
        clickOn(onScreen(block));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("kernel::block", lookup("#detailsTitle").queryAs(Label.class).getText());
        type(KeyCode.ENTER);
        awaitMap(s -> s.expansion().isExpanded(block));
        // rust/kernel/block/mod.rs and rust/kernel/block/mq.rs: the modules kernel::block and kernel::block::mq
        assertTrue(labels(Layer.ABSTRACTIONS).containsAll(Set.of("kernel::block", "kernel::block::mq")),
                labels(Layer.ABSTRACTIONS)::toString);
    }

    @Test
    void aSearchHitInsideClosedGroupsOpensThePathToIt() throws Exception {
        TextField field = lookup("#searchField").queryAs(TextField.class);
        clickOn(field).write("kernel::sync::lock::mutex").type(KeyCode.ENTER);
        String mutex = "module:kernel::sync::lock::mutex";
        awaitMap(s -> s.laid().placement().boxes().containsKey(mutex));
        assertTrue(shown().expansion().isExpanded(SYNC) && shown().expansion().isExpanded(LOCK));
        assertEquals(Optional.of(mutex), app.explorer().viewModel().selectedProperty().get());
        assertEquals(Optional.of(mutex), WaitForAsyncUtils.asyncFx(() -> pane().selectedBox()).get());
    }

    @Test
    void aReadinessRowOpensThatSectionsView() throws Exception {
        @SuppressWarnings("unchecked")
        TableView<SubsystemReadiness> table = lookup("#readinessTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.section().equals("ETHERNET PHY LIBRARY")));
        interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.section().equals("ETHERNET PHY LIBRARY")).findFirst().orElseThrow()));
        awaitMap(s -> s.scope().equals(MapScope.section("ETHERNET PHY LIBRARY")));
        // MAINTAINERS: the section owns include/linux/phy.h (and drivers/net/phy/ but not its .rs files);
        // rust/kernel/net/phy.rs binds phy.h's phy_device, and ax_mini_rust uses kernel::net::phy
        Set<String> labels = shown().map().graph().nodes().stream().map(Node::label).collect(Collectors.toSet());
        assertTrue(labels.containsAll(Set.of("include/linux/phy.h", "kernel::net::phy", "ax_mini_rust")),
                labels::toString);
        assertFalse(labels.contains("rust_minimal"), "a crate that uses nothing of the section stays out");
        assertFalse(labels.contains("kernel::sync::arc"));
    }
}
