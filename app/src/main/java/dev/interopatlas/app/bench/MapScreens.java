package dev.interopatlas.app.bench;

import dev.interopatlas.app.ui.AtlasApplication;
import dev.interopatlas.app.ui.explorer.ExplorerView;
import dev.interopatlas.app.ui.map.MapPane;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Scripted screenshots of the map in the real window (not a test): the overview, a group opened, a MAINTAINERS
 * section's view and a crate's path to C, each captured with {@code import -window root PREFIX-NAME.png} once its
 * layout is drawn. Usage under Xvfb: {@code java -cp interop-atlas.jar dev.interopatlas.app.bench.MapScreens PREFIX
 * GROUP SECTION CRATE open TREE}.
 */
public final class MapScreens {
    private MapScreens() {
    }

    static String prefix;
    static String group;
    static String section;
    static String crate;

    public static void main(String[] args) {
        prefix = args[0];
        group = args[1];
        section = args[2];
        crate = args[3];
        Application.launch(Window.class, java.util.Arrays.copyOfRange(args, 4, args.length));
    }

    /** The application with the script run once the tree is open. */
    public static final class Window extends AtlasApplication {
        private final List<Runnable> steps = new ArrayList<>();
        private long started;

        @Override
        public void start(Stage stage) {
            started = System.nanoTime();
            super.start(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(1000);
            ExplorerView view = explorer();
            MapPane map = view.map();
            view.viewModel().atlasProperty().addListener((o, a, atlas) -> {
                long loaded = System.nanoTime();
                waitFor(() -> map.viewModel().current().isPresent() && !map.viewModel().busy(), () -> {
                    System.out.printf("index loaded %d ms after start; map drawn %d ms after that%n",
                            (loaded - started) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
                    script(map);
                });
            });
        }

        private void script(MapPane map) {
            steps.add(() -> shot("overview"));
            if (System.getProperty("mapscreens.blast") != null) {
                // the emphasis on boxes: a node's blast radius, then unsafe heat (for looking at, not for docs)
                var vm = explorer().viewModel();
                steps.add(() -> {
                    vm.search(System.getProperty("mapscreens.blast"), 1).stream().findFirst()
                            .ifPresent(hit -> vm.select(hit.node().id()));
                    vm.showBlastRadius();
                    settled(map, () -> shot("blast"));
                });
                steps.add(() -> {
                    vm.clearContext();
                    vm.heatProperty().set(true);
                    settled(map, () -> shot("heat"));
                });
                steps.add(() -> {
                    vm.heatProperty().set(false);
                    next();
                });
            }
            steps.add(() -> {
                map.selectBox(group);
                map.openGroup(group);
                settled(map, () -> shot("expanded"));
            });
            steps.add(() -> {
                map.showSection(section);
                settled(map, () -> shot("section"));
            });
            steps.add(() -> {
                map.showCrate(crate);
                settled(map, () -> {
                    map.fit(); // the whole path, as Ctrl+0 shows it
                    shot("crate");
                });
            });
            steps.add(Platform::exit);
            next();
        }

        private void settled(MapPane map, Runnable then) {
            later(0.3, () -> waitFor(() -> !map.viewModel().busy(), () -> later(0.8, then)));
        }

        private void shot(String name) {
            later(0.5, () -> {
                try {
                    String file = prefix + "-" + name + ".png";
                    new ProcessBuilder("import", "-window", "root", file).inheritIO().start().waitFor();
                    System.out.println("screenshot " + file + " (" + explorer().map().viewModel().current()
                            .map(s -> s.scope().title() + ", " + s.laid().view().nodes().size() + " boxes")
                            .orElse("") + ")");
                } catch (Exception e) {
                    System.out.println("screenshot failed: " + e);
                }
                next();
            });
        }

        private void next() {
            if (!steps.isEmpty()) {
                steps.remove(0).run();
            }
        }

        private static void waitFor(BooleanSupplier condition, Runnable then) {
            Timeline poll = new Timeline();
            poll.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
                if (condition.getAsBoolean()) {
                    poll.stop();
                    then.run();
                }
            }));
            poll.setCycleCount(Timeline.INDEFINITE);
            poll.play();
        }

        private static void later(double seconds, Runnable then) {
            new Timeline(new KeyFrame(Duration.seconds(seconds), e -> then.run())).play();
        }
    }
}
