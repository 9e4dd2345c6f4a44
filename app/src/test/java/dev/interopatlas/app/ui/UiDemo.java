package dev.interopatlas.app.ui;

import dev.interopatlas.app.core.search.SearchHit;
import dev.interopatlas.app.ui.explorer.ExplorerView;
import dev.interopatlas.app.ui.explorer.ExplorerViewModel;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.styles.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A scripted walk through the real window for screenshots and measurements (not a test): opens what the
 * arguments say, then search, select, focus, filter, blast radius and themes, printing timings and running
 * {@code import} for a screenshot after each step. Usage: UiDemo PREFIX [app args].
 */
public final class UiDemo extends AtlasApplication {
    static String prefix = "demo";
    private long started;
    private final List<Runnable> steps = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        started = System.nanoTime();
        super.start(stage);
        ExplorerView view = explorer();
        ExplorerViewModel vm = view.viewModel();
        vm.atlasProperty().addListener((o, a, b) -> {
            long loaded = ms(started);
            firstFrame(() -> {
                System.out.printf("first frame after start: %d ms (loaded %d ms), %d nodes %d edges shown%n",
                        ms(started), loaded, view.graphView().nodeCount(), view.graphView().edgeCount());
                script(stage, view, vm);
            });
        });
    }

    private void script(Stage stage, ExplorerView view, ExplorerViewModel vm) {
        steps.add(() -> shot("overview"));
        steps.add(() -> panFps(view, "pan at fit"));
        steps.add(() -> {
            long t = System.nanoTime();
            List<SearchHit> hits = vm.search("sym_1", 15);
            long searchMs = ms(t);
            t = System.nanoTime();
            vm.search("kernel::m", 15);
            System.out.printf("search 'sym_1': %d hits in %d ms; 'kernel::m' in %d ms%n", hits.size(), searchMs, ms(t));
            String moduleLabel = vm.shownIndex().nodes().stream()
                    .filter(n -> n.kind() == dev.interopatlas.model.graph.NodeKind.ABSTRACTION)
                    .max(java.util.Comparator.comparingInt(n -> vm.shownIndex().inDegree(n.id()))).orElseThrow().label();
            SearchHit top = vm.search(moduleLabel, 1).get(0);
            vm.select(top.node().id());
            view.graphView().centreOn(top.node().id());
            frameTimed("select+centre", () -> shot("search-select"));
        });
        steps.add(() -> {
            vm.hopsProperty().set(1);
            long t = System.nanoTime();
            vm.focusSelection();
            System.out.printf("focus (1 hop): %d ms, %d nodes in focus%n", ms(t), vm.focusSet().size());
            view.graphView().fit();
            frameTimed("focus", () -> shot("focus"));
        });
        steps.add(() -> {
            vm.clearContext();
            long t = System.nanoTime();
            vm.filterProperty().set(vm.filterProperty().get().withLayer(Layer.CONSUMERS, false));
            System.out.printf("filter (hide consumers): %d ms total, redraw %d ms, %d nodes shown%n", ms(t),
                    view.lastRedrawMillis(), view.graphView().nodeCount());
            frameTimed("filter", () -> shot("filter"));
        });
        steps.add(() -> {
            long t = System.nanoTime();
            vm.filterProperty().set(vm.filterProperty().get().withLayer(Layer.CONSUMERS, true));
            System.out.printf("filter (show consumers again): %d ms, %d nodes shown%n", ms(t), view.graphView().nodeCount());
            var symbolNode = vm.shownIndex().nodes().stream()
                    .filter(n -> n.kind() == dev.interopatlas.model.graph.NodeKind.C_SYMBOL)
                    .max(java.util.Comparator.comparingInt(n -> vm.shownIndex().inDegree(n.id()))).orElseThrow();
            SearchHit symbol = vm.search(symbolNode.label(), 1).get(0);
            vm.select(symbol.node().id());
            view.graphView().centreOn(symbol.node().id());
            t = System.nanoTime();
            var radius = vm.showBlastRadius().orElseThrow();
            System.out.printf("blast radius of %s: %d Rust nodes, %d in all, %d ms%n", symbol.node().label(),
                    radius.rustImpact().size(), radius.reached().size(), ms(t));
            if (view.graphView().nodeCount() > 1000) {
                view.graphView().fit();
            }
            frameTimed("blast", () -> shot("blast"));
        });
        steps.add(() -> {
            long t = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                view.graphView().zoomIn();
            }
            frameTimed("zoom in x5", () -> {
                shot("zoomed");
            });
            steps.add(0, () -> panFps(view, "pan zoomed in"));
            System.out.printf("zoom calls %d ms, labels shown: %s%n", ms(t), view.graphView().labelsShown());
        });
        steps.add(() -> {
            long t = System.nanoTime();
            vm.collapseHeadersProperty().set(true);
            System.out.printf("collapse headers: %d ms, %d nodes%n", ms(t), view.graphView().nodeCount());
            view.graphView().fit();
            frameTimed("collapse", () -> shot("collapsed"));
        });
        steps.add(() -> {
            selectTheme(stage, view, Theme.DARK);
            frameTimed("dark", () -> shot("dark"));
        });
        steps.add(() -> {
            selectTheme(stage, view, Theme.TALK);
            frameTimed("talk", () -> shot("talk"));
        });
        steps.add(() -> {
            selectTheme(stage, view, Theme.LIGHT);
            Platform.exit();
        });
        next();
    }

    /** Pans a little every frame for two seconds and reports frames per second. */
    private void panFps(ExplorerView view, String what) {
        javafx.scene.Node panel = view.graphView().node().lookup("#graphView");
        new AnimationTimer() {
            private long first;
            private int frames;

            @Override
            public void handle(long now) {
                if (first == 0) {
                    first = now;
                }
                frames++;
                javafx.geometry.Bounds b = panel.localToScreen(panel.getBoundsInLocal());
                double x = b.getMinX() + b.getWidth() / 2;
                double y = b.getMinY() + b.getHeight() / 2;
                panel.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_PRESSED, 0, 0, x, y,
                        javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null));
                panel.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, 20, 8, x, y,
                        javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null));
                panel.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_RELEASED, 20, 8, x, y,
                        javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, false, false, false, false, false, false, null));
                if (now - first > Long.getLong("demo.panMillis", 2000) * 1_000_000L) {
                    stop();
                    System.out.printf("%s: %.1f frames/s%n", what, frames / ((now - first) / 1e9));
                    next();
                }
            }
        }.start();
    }

    private static void selectTheme(Stage stage, ExplorerView view, Theme theme) {
        stage.getScene().getStylesheets().setAll(theme.stylesheets());
        view.graphView().setTheme(theme);
    }

    private void next() {
        if (!steps.isEmpty()) {
            Runnable step = steps.remove(0);
            PauseTransition wait = new PauseTransition(Duration.millis(1500));
            wait.setOnFinished(e -> step.run());
            wait.play();
        }
    }

    private void frameTimed(String what, Runnable after) {
        long t = System.nanoTime();
        firstFrame(() -> {
            System.out.printf("  %s: next frame after %d ms%n", what, ms(t));
            PauseTransition settle = new PauseTransition(Duration.millis(700));
            settle.setOnFinished(e -> after.run());
            settle.play();
        });
    }

    private void shot(String name) {
        Path png = Path.of("/work/logs/ui-" + prefix + "-" + name + ".png");
        try {
            new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start().waitFor();
            System.out.println("  screenshot " + png);
        } catch (IOException | InterruptedException e) {
            System.out.println("  screenshot failed: " + e.getMessage());
        }
        next();
    }

    private static void firstFrame(Runnable r) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    r.run();
                }
            }
        }.start();
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
