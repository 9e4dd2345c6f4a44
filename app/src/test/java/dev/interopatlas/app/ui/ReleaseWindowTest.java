package dev.interopatlas.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.diff.GraphDiff;
import dev.interopatlas.app.core.load.SampleRepositoryLoader;
import dev.interopatlas.app.core.release.ReleaseContext;
import dev.interopatlas.app.graphview.GraphView;
import dev.interopatlas.app.ui.explorer.ExplorerViewModel;
import dev.interopatlas.app.ui.testing.TestApplication;
import dev.interopatlas.model.graph.Node;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window on the sample as a tagged repository: release switch by keyboard, diff mode. */
class ReleaseWindowTest extends FxRobot {
    /** Under the build directory, so the blob cache entry keyed by this path is reused, not piled up. */
    private static final Path REPOSITORY = Path.of("target", "ui-sample", "minikernel.git").toAbsolutePath();
    private AtlasApplication app;

    @BeforeEach
    void start() throws Exception {
        SampleRepositoryLoader.ensure(REPOSITORY);
        FxToolkit.registerPrimaryStage();
        app = (AtlasApplication) FxToolkit.setupApplication(TestApplication.class, "open",
                REPOSITORY.toString());
        TestApplication.showClassic(app);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.explorer() != null
                && vm().atlasProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private ExplorerViewModel vm() {
        return app.explorer().viewModel();
    }

    private GraphView graph() {
        return app.explorer().graphView();
    }

    private String release() {
        return vm().release().map(ReleaseContext::release).orElse("");
    }

    private void waitForRelease(String name) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> release().equals(name));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> combo(String id) {
        return lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void startsAtNewestReleaseSwitchesByKeyboardAndShowsTheDiff() throws Exception {
        ComboBox<String> releases = combo("#releaseCombo");
        assertTrue(releases.isVisible());
        assertEquals(List.of("v6.1", "v6.8", "v6.12", "v7.3"), releases.getItems());
        assertEquals("v7.3", releases.getValue());
        int newestNodes = graph().nodeCount();

        String kernel = "module:kernel";
        interact(() -> vm().select(kernel));
        clickOn("#graphView");
        press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        waitForRelease("v6.12");
        assertEquals("v6.12", releases.getValue());
        assertEquals(Optional.of(kernel), vm().selectedProperty().get());
        assertEquals("kernel", lookup("#detailsTitle").queryAs(Label.class).getText());
        assertTrue(graph().nodeCount() < newestNodes, "the sample grows from v6.12 to v7.3");
        assertTrue(lookup("#statusLabel").queryAs(Label.class).getText().contains("switched to v6.12 in"));

        type(KeyCode.PAGE_DOWN);
        waitForRelease("v7.3");
        assertEquals(newestNodes, graph().nodeCount());

        clickOn("#diffToggle");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm().diffProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        GraphDiff diff = vm().diffProperty().get().orElseThrow();
        assertEquals("v6.12", diff.baseRelease());
        assertEquals(diff.summary(), lookup("#diffLabel").queryAs(Label.class).getText());
        assertTrue(diff.summary().startsWith("vs v6.12: +"), diff.summary());
        assertEquals(newestNodes + diff.removedNodes().size(), graph().nodeCount(), "ghosts are drawn");
        // what sample-trees/minikernel/expected/v7.3.md says v7.3 adds: the crate mini_core (the one new crate
        // that uses the kernel crate), kernel::io and kernel::soc (their test modules stay out), the headers
        // bindings_helper.h gains (lines 10, 11, 17, 21) and helpers/io.c with readl and writel, 13 symbols
        assertEquals(Set.of("consumer:mini_core", "module:kernel::io", "module:kernel::soc",
                "header:include/linux/io.h", "header:include/linux/iosys-map.h", "header:include/linux/sizes.h",
                "header:include/linux/sys_soc.h", "header:rust/helpers/io.c", "helper:readl", "helper:writel",
                "symbol:SZ_1M", "symbol:SZ_4K", "symbol:SZ_64K", "symbol:ioremap", "symbol:iounmap", "symbol:readl",
                "symbol:writel", "symbol:iosys_map", "symbol:iosys_map__bindgen_ty_1", "symbol:soc_device",
                "symbol:soc_device_attribute", "symbol:soc_device_register", "symbol:soc_device_unregister"),
                diff.addedNodes().stream().map(Node::id).collect(Collectors.toSet()));
        assertEquals(List.of(), diff.removedNodes());
        Node added = diff.addedNodes().get(0);
        assertTrue(graph().classOf(added.id()).orElseThrow().startsWith("added"), graph().classOf(added.id()).orElseThrow());

        // v7.3 only adds to v6.12; against v6.1 there are ghosts (v6.1's kernel::allocator became alloc::allocator).
        interact(() -> combo("#baseCombo").setValue("v6.1"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> vm().diffProperty().get().map(d -> d.baseRelease().equals("v6.1")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#diffLabel").queryAs(Label.class).getText().startsWith("vs v6.1: +"));
        GraphDiff sinceFirst = vm().diffProperty().get().orElseThrow();
        assertTrue(sinceFirst.removedNodes().stream().anyMatch(n -> n.id().equals("module:kernel::allocator")));
        assertEquals(newestNodes + sinceFirst.removedNodes().size(), graph().nodeCount(), "ghosts are drawn");
        for (Node ghost : sinceFirst.removedNodes()) {
            assertTrue(graph().classOf(ghost.id()).orElseThrow().startsWith("removed"));
        }
        Set<String> shownIds = vm().shownIndex().nodes().stream().map(Node::id).collect(Collectors.toSet());
        assertTrue(sinceFirst.removedNodes().stream().noneMatch(n -> shownIds.contains(n.id())));

        clickOn("#diffToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(newestNodes, graph().nodeCount());
        assertEquals("", lookup("#diffLabel").queryAs(Label.class).getText());
    }
}
