package dev.interopatlas.app.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.layout.NodePosition;
import dev.interopatlas.app.core.load.SyntheticLoader;
import dev.interopatlas.app.ui.AtlasApplication;
import dev.interopatlas.app.ui.BackgroundTask;
import dev.interopatlas.app.ui.testing.TestApplication;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The force-layout race of issue 11: a force layout still running when another tree is opened used to end after
 * it, store the old graph's positions and redraw the new graph with them.
 */
class ForceLayoutRaceTest {
    private AtlasApplication app;

    @BeforeEach
    void start() throws Exception {
        app = TestApplication.started("--synthetic=4000");
        TestApplication.showClassic(app);
    }

    @AfterEach
    void stop() throws Exception {
        TestApplication.stop(app);
    }

    @Test
    void aTreeOpenedDuringAForceLayoutIsDrawnWithItsOwnLayeredLayout() throws Exception {
        ExplorerView view = app.explorer();
        AtomicReference<BackgroundTask<Map<String, NodePosition>>> layout = new AtomicReference<>();
        AtomicReference<BackgroundTask<?>> open = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            layout.set(view.runForceLayout());
            open.set(view.open(new SyntheticLoader(300)));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> open.get().isDone() && layout.get().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Worker.State.SUCCEEDED, WaitForAsyncUtils.asyncFx(() -> open.get().getState()).get());
        assertEquals(Worker.State.CANCELLED, WaitForAsyncUtils.asyncFx(() -> layout.get().getState()).get(),
                "opening a tree cancels the layout");
        Map<String, NodePosition> drawn = view.graphView().positions();
        Map<String, NodePosition> layered = view.viewModel().layout();
        assertTrue(drawn.size() > 0 && drawn.size() < 4000, "the new graph is shown: " + drawn.size());
        drawn.forEach((id, p) -> assertEquals(layered.get(id), p, id + " is where the layered layout puts it"));
    }
}
