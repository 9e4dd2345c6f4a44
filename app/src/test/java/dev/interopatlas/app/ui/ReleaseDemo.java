package dev.interopatlas.app.ui;

import dev.interopatlas.app.core.release.ReleaseContext;
import dev.interopatlas.app.ui.explorer.ExplorerView;
import dev.interopatlas.app.ui.explorer.ExplorerViewModel;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A scripted walk through release switching and diff mode for screenshots and timings (not a test): opens what
 * the arguments say (a repository, or the bundled sample), screenshots it, switches to the oldest release and
 * back to the newest printing the times, turns diff mode on and screenshots again.
 * Usage: ReleaseDemo$Main PREFIX [app args].
 */
public class ReleaseDemo extends AtlasApplication {
    static String prefix = "release";
    private final Deque<Runnable> steps = new ArrayDeque<>();

    /** The java launcher refuses an Application as main class. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            prefix = args[0];
            Application.launch(ReleaseDemo.class, java.util.Arrays.copyOfRange(args, 1, args.length));
        }
    }

    @Override
    protected UiPreferences preferences() {
        return DemoScript.preferences();
    }

    @Override
    public void start(Stage stage) {
        long t0 = System.nanoTime();
        super.start(stage);
        ExplorerView view = explorer();
        ExplorerViewModel vm = view.viewModel();
        steps.add(() -> {
            System.out.printf("opened %s in %d ms: %d nodes, %d edges%n", vm.release().map(ReleaseContext::release)
                    .orElse("?"), (System.nanoTime() - t0) / 1_000_000, view.graphView().nodeCount(),
                    view.graphView().edgeCount());
            shot("plain");
            ReleaseContext r = vm.release().orElseThrow();
            view.releaseBar().switchTo(r.history().releases().get(0));
        });
        steps.add(() -> {
            System.out.printf("switched to %s in %d ms (cold)%n", vm.release().orElseThrow().release(),
                    view.releaseBar().lastSwitchMillis());
            shot("oldest");
            view.releaseBar().nextRelease();
        });
        steps.add(() -> {
            System.out.printf("switched to %s in %d ms%n", vm.release().orElseThrow().release(),
                    view.releaseBar().lastSwitchMillis());
            view.releaseBar().previousRelease();
        });
        steps.add(() -> {
            System.out.printf("switched back to %s in %d ms%n", vm.release().orElseThrow().release(),
                    view.releaseBar().lastSwitchMillis());
            ReleaseContext r = vm.release().orElseThrow();
            view.releaseBar().switchTo(r.history().newest());
        });
        steps.add(() -> {
            System.out.printf("switched to %s in %d ms%n", vm.release().orElseThrow().release(),
                    view.releaseBar().lastSwitchMillis());
            ((ToggleButton) stage.getScene().lookup("#diffToggle")).setSelected(true);
        });
        steps.add(() -> {
            System.out.println("diff: " + vm.diffProperty().get().map(d -> d.summary()).orElse("none"));
            shot("diff");
            Platform.exit();
        });
        vm.atlasProperty().addListener((o, a, b) -> next());
        vm.diffProperty().addListener((o, a, b) -> {
            if (b.isPresent()) {
                next();
            }
        });
    }

    private void next() {
        // The first frame of a large graph can take seconds on a loaded machine.
        PauseTransition settle = new PauseTransition(Duration.millis(steps.size() == 6 ? 5000 : 2000));
        Runnable step = steps.poll();
        if (step != null) {
            settle.setOnFinished(e -> step.run());
            settle.play();
        }
    }

    private static void shot(String name) {
        String png = "/work/logs/" + prefix + "-" + name + ".png";
        try {
            new ProcessBuilder("import", "-window", "root", png).inheritIO().start().waitFor();
            System.out.println("  screenshot " + png);
        } catch (IOException | InterruptedException e) {
            System.out.println("  screenshot failed: " + e.getMessage());
        }
    }
}
