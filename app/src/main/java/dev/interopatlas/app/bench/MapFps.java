package dev.interopatlas.app.bench;

import dev.interopatlas.app.core.export.TextMetrics;
import dev.interopatlas.app.core.load.DirectoryLoader;
import dev.interopatlas.app.core.map.AtlasMap;
import dev.interopatlas.app.core.map.GroupBy;
import dev.interopatlas.app.core.map.SectionLookup;
import dev.interopatlas.app.core.map.layout.ElkMapLayout;
import dev.interopatlas.app.core.map.layout.LaidOutMap;
import dev.interopatlas.app.core.map.layout.MapBoxes;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.graphview.MapOnGraphStream;
import dev.interopatlas.app.ui.map.MapCanvas;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.styles.Theme;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Frames per second of a scripted pan and zoom of the map overview, drawn two ways in the same window size: by
 * {@link MapCanvas} (our JavaFX Canvas renderer) and by GraphStream's JavaFX viewer showing the same boxes (rounded
 * boxes sized in graph units, labels, the same routes as polylines) at the same places. Each frame of an
 * {@link AnimationTimer} moves the view a little and zooms in or out; frames are counted over the run. GraphStream's
 * viewer repaints from its own timer (40 ms as shipped, which caps it at 25 fps); it is measured as shipped and
 * with that timer at 16 ms, counting the repaints it really does. Prints wall and process CPU time per run.
 *
 * <p>Run under Xvfb: {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp app/target/interop-atlas.jar
 * dev.interopatlas.app.bench.MapFps TREE [SECONDS]}.
 */
public final class MapFps {
    private MapFps() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The benchmark window; runs the three renderers one after another, then exits. */
    public static final class Window extends Application {
        private static final double WIDTH = 1100;
        private static final double HEIGHT = 700;
        private LaidOutMap map;
        private dev.interopatlas.model.graph.InteropGraph atlasGraph;
        private double seconds;
        private Stage stage;
        private final List<String> results = new ArrayList<>();

        @Override
        public void start(Stage primary) throws Exception {
            stage = primary;
            List<String> args = getParameters().getRaw();
            seconds = args.size() > 1 ? Double.parseDouble(args.get(1)) : 6;
            Theme theme = Theme.LIGHT;
            Thread loader = new Thread(() -> {
                try {
                    atlasGraph = null;
                    LoadedAtlas atlas = new DirectoryLoader(Path.of(args.get(0))).load(ProgressMonitor.NONE);
                    atlasGraph = atlas.index().graph();
                    AtlasMap atlasMap = AtlasMap.of(atlasGraph, GroupBy.DIRECTORY, SectionLookup.NONE);
                    map = LaidOutMap.of(atlasMap.overview(), new MapBoxes(TextMetrics::width, theme.fontSize()),
                            ElkMapLayout.standard());
                    System.out.printf(Locale.ROOT, "overview: %d boxes, %d edges, %.0f x %.0f px%n",
                            map.view().nodes().size(), map.view().edges().size(), map.placement().width(),
                            map.placement().height());
                    int rounds = Integer.getInteger("mapfps.rounds", 1);
                    for (int i = 0; i < rounds; i++) {
                        // interleaved, so a change of the machine's load hits every renderer alike
                        runs.add(next -> runCanvas(theme, next));
                        runs.add(next -> runGraphStream(40, next));
                        runs.add(next -> runGraphStream(16, next));
                    }
                    runs.add(next -> runSteps(theme));
                    Platform.runLater(this::nextRun);
                } catch (Exception e) {
                    e.printStackTrace();
                    Platform.exit();
                }
            });
            loader.start();
        }

        private final List<Consumer<Runnable>> runs = new ArrayList<>();

        private void nextRun() {
            if (!runs.isEmpty()) {
                runs.remove(0).accept(this::nextRun);
            }
        }

        private void runCanvas(Theme theme, Runnable next) {
            MapCanvas canvas = new MapCanvas(theme);
            show(canvas);
            canvas.show(map, MapCanvas.plain(map));
            Platform.runLater(() -> {
                canvas.fit();
                canvas.zoomIn(); // about the scale the explorer opens the 7.3 overview at
                measure("canvas", frame -> {
                    canvas.panBy(frame % 240 < 120 ? 6 : -6, frame % 90 < 45 ? 3 : -3);
                    if (frame % 20 == 0) {
                        if (frame % 40 == 0) {
                            canvas.zoomIn();
                        } else {
                            canvas.zoomOut();
                        }
                    }
                }, () -> canvas.frames(), next);
            });
        }

        private void runGraphStream(int delay, Runnable next) {
            MapOnGraphStream view = new MapOnGraphStream(map, delay);
            show(view.node());
            Platform.runLater(() -> {
                double[] centre = {map.placement().width() / 2, map.placement().height() / 2};
                double[] percent = {0.8};
                view.centreOn(centre[0], centre[1]);
                view.setViewPercent(percent[0]);
                measure("graphstream-" + delay + "ms", frame -> {
                    double gu = map.placement().width() * percent[0] / WIDTH;
                    centre[0] -= (frame % 240 < 120 ? 6 : -6) * gu;
                    centre[1] -= (frame % 90 < 45 ? 3 : -3) * gu;
                    if (frame % 20 == 0) {
                        percent[0] *= frame % 40 == 0 ? 0.8 : 1.25;
                        view.setViewPercent(percent[0]);
                    }
                    view.centreOn(centre[0], centre[1]);
                }, view::repaints, () -> {
                    view.close();
                    next.run();
                });
            });
        }

        private void show(Region content) {
            stage.setScene(new Scene(content, WIDTH, HEIGHT));
            stage.show();
        }

        /**
         * Runs {@code step} on every animation frame for the run's length after a one-second warm-up, and prints
         * pulses per second, frames the renderer drew per second, and the process's CPU time over the run.
         */
        private void measure(String name, Consumer<Long> step, java.util.function.LongSupplier drawn, Runnable then) {
            long warmUp = 1_000_000_000L;
            long length = (long) (seconds * 1e9);
            List<Long> gaps = new ArrayList<>();
            new AnimationTimer() {
                private long first = -1;
                private long frame;
                private long last;
                private long drawnAtStart;
                private long cpuAtStart;
                private boolean measuring;

                @Override
                public void handle(long now) {
                    if (first < 0) {
                        first = now;
                    }
                    if (!measuring && now - first >= warmUp) {
                        measuring = true;
                        first = now;
                        frame = 0;
                        drawnAtStart = drawn.getAsLong();
                        cpuAtStart = processCpu();
                    } else if (measuring) {
                        gaps.add(now - last);
                    }
                    last = now;
                    step.accept(frame++);
                    if (measuring && now - first >= length) {
                        stop();
                        double wall = (now - first) / 1e9;
                        double cpu = (processCpu() - cpuAtStart) / 1e9;
                        long[] sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
                        String line = String.format(Locale.ROOT,
                                "%-17s pulses %5.1f/s  drawn %5.1f fps  frame gap median %5.1f ms p95 %6.1f ms"
                                        + "  cpu %.2f s over %.2f s wall = %.1f ms cpu per frame drawn", name,
                                frame / wall, (drawn.getAsLong() - drawnAtStart) / wall,
                                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, cpu,
                                wall, cpu * 1000 / Math.max(1, drawn.getAsLong() - drawnAtStart));
                        System.out.println(line);
                        results.add(line);
                        snapshot(name);
                        then.run();
                    }
                }
            }.start();
        }

        private static final List<String> GROUPS = List.of("group:abstractions:kernel::drm",
                "group:c-headers:include/linux", "group:bindings:include/linux");
        private static final int STEP_ROUNDS = 5;

        /**
         * The explorer's own path for opening and closing a group ({@link dev.interopatlas.app.ui.map.MapPane}, its
         * view model laying out off the FX thread), timed from the request on the FX thread to the new map drawn on
         * the canvas: the first map after setting the graph, then each group opened and closed again, 5 times.
         */
        private void runSteps(Theme theme) {
            dev.interopatlas.app.ui.map.MapPane pane = new dev.interopatlas.app.ui.map.MapPane(
                    new dev.interopatlas.app.ui.map.MapPane.Explorer(
                            new javafx.beans.property.SimpleObjectProperty<>(java.util.Optional.empty()),
                            () -> dev.interopatlas.app.core.appearance.NodeStyles.NONE,
                            new javafx.beans.property.SimpleIntegerProperty(), id -> { }),
                    theme, () -> SectionLookup.NONE);
            show(pane.node());
            List<Runnable> script = new ArrayList<>();
            List<String> names = new ArrayList<>();
            script.add(() -> pane.setSource(atlasGraph));
            names.add("first map");
            for (int round = 0; round < STEP_ROUNDS; round++) {
                for (String group : GROUPS) {
                    script.add(() -> pane.viewModel().expand(group));
                    names.add("open " + group);
                    script.add(() -> pane.viewModel().collapse(group));
                    names.add("close " + group);
                }
            }
            java.util.Map<String, List<double[]>> times = new java.util.LinkedHashMap<>();
            long[] started = new long[2];
            int[] at = {0};
            pane.viewModel().shownProperty().addListener((o, a, b) -> Platform.runLater(() -> {
                // runs after MapPane's own listener drew the new map
                long wall = System.nanoTime() - started[0];
                long cpu = processCpu() - started[1];
                times.computeIfAbsent(names.get(at[0]), k -> new ArrayList<>()).add(new double[] {wall / 1e6,
                        cpu / 1e6, b.orElseThrow().laid().view().nodes().size()});
                at[0]++;
                if (at[0] < script.size()) {
                    started[0] = System.nanoTime();
                    started[1] = processCpu();
                    script.get(at[0]).run();
                } else {
                    times.forEach((name, list) -> {
                        double[] walls = list.stream().mapToDouble(t -> t[0]).sorted().toArray();
                        double[] cpus = list.stream().mapToDouble(t -> t[1]).sorted().toArray();
                        System.out.printf(Locale.ROOT, "%-42s %3.0f boxes  wall median %5.0f ms (min %4.0f max %4.0f)"
                                + "  cpu median %5.0f ms  n=%d%n", name, list.get(0)[2], walls[walls.length / 2],
                                walls[0], walls[walls.length - 1], cpus[cpus.length / 2], list.size());
                    });
                    finish();
                }
            }));
            Platform.runLater(() -> {
                started[0] = System.nanoTime();
                started[1] = processCpu();
                script.get(0).run();
            });
        }

        /** With {@code -Dmapfps.shots=DIR}, the last frame of each run as DIR/NAME.png, to check what was drawn. */
        private void snapshot(String name) {
            String dir = System.getProperty("mapfps.shots");
            if (dir == null) {
                return;
            }
            javafx.scene.image.WritableImage image = stage.getScene().snapshot(null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0,
                    w);
            out.setRGB(0, 0, w, h, argb, 0, w);
            try {
                javax.imageio.ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
            } catch (java.io.IOException e) {
                System.err.println("snapshot failed: " + e);
            }
        }

        private void finish() {
            Platform.exit();
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }
}
