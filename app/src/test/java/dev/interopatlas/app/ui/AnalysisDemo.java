package dev.interopatlas.app.ui;

import dev.interopatlas.app.ui.readiness.AnalysisTabs;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.SubsystemReadiness;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * A scripted look at the analysis tabs on a real tree (not a test): opens the tree given as {@code open PATH},
 * prints the load time of each view, adds an older release when {@code -Dcompare=PATH} is set, and runs
 * {@code import} for screenshots named {@code PREFIX-*.png}. Usage: AnalysisDemo$Main PREFIX open PATH.
 */
public final class AnalysisDemo extends AtlasApplication {
    static String prefix = "analysis";
    private long started;

    /** The java launcher refuses a main class that is an Application. */
    public static final class Main {
        public static void main(String[] args) {
            prefix = args[0];
            Application.launch(AnalysisDemo.class, java.util.Arrays.copyOfRange(args, 1, args.length));
        }
    }

    @Override
    public void start(Stage stage) {
        started = System.nanoTime();
        super.start(stage);
        DemoScript.placeWithTables(stage, explorer());
        AnalysisTabs tabs = explorer().analysisTabs();
        explorer().viewModel().atlasProperty().addListener((o, a, b) -> {
            System.out.printf("tree opened after %d ms%n", (System.nanoTime() - started) / 1_000_000);
            DemoScript.waitFor(() -> tabs.lastLoadTimes().isPresent(), () -> afterFirstLoad(stage, tabs));
        });
    }

    private void afterFirstLoad(Stage stage, AnalysisTabs tabs) {
        System.out.println("first analysis load: " + tabs.lastLoadTimes().get());
        System.out.printf("hotspots: %d file rows; readiness: %d sections%n",
                tabs.hotspotsView().table().getItems().size(), tabs.readinessView().table().getItems().size());
        TabPane pane = tabs.node();
        pane.getSelectionModel().select(0);
        DemoScript.later(2, () -> {
            shot("hotspots-single");
            String compare = System.getProperty("compare", "");
            if (compare.isEmpty()) {
                readinessAndHeat(tabs);
                return;
            }
            long t = System.nanoTime();
            var before = tabs.lastLoadTimes().get();
            tabs.addRelease(Path.of(compare));
            DemoScript.waitFor(() -> tabs.readinessViewModel().hasHistory()
                    && tabs.lastLoadTimes().get() != before, () -> {
                System.out.printf("compare release indexed and analyses reloaded in %d ms: %s%n",
                        (System.nanoTime() - t) / 1_000_000, tabs.lastLoadTimes().get());
                DemoScript.later(2, () -> {
                    shot("hotspots");
                    readinessAndHeat(tabs);
                });
            });
        });
    }

    private void readinessAndHeat(AnalysisTabs tabs) {
        tabs.node().getSelectionModel().select(1);
        DemoScript.later(2, () -> {
            shot("readiness-all");
            SubsystemReadiness row = tabs.readinessView().table().getItems().stream()
                    .filter(SubsystemReadiness::rustSection).findFirst().orElseThrow();
            long t = System.nanoTime();
            tabs.readinessView().table().getSelectionModel().select(row);
            tabs.readinessView().table().scrollTo(row);
            System.out.printf("graph filtered to %s in %d ms: %d nodes shown%n", row.section(),
                    (System.nanoTime() - t) / 1_000_000, explorer().graphView().nodeCount());
            explorer().graphView().fit();
            DemoScript.later(2, () -> {
                shot("readiness");
                tabs.readinessViewModel().graphSectionProperty().set(java.util.Optional.empty());
                explorer().viewModel().heatProperty().set(true);
                tabs.node().getSelectionModel().select(0);
                Hotspot top = tabs.hotspotsView().table().getItems().get(0);
                tabs.hotspotsView().table().getSelectionModel().select(top);
                tabs.hotspotsView().table().requestFocus();
                DemoScript.later(2, () -> {
                    shot("heat");
                    tabs.hotspotsView().table().fireEvent(new javafx.scene.input.KeyEvent(
                            javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.ENTER,
                            false, false, false, false));
                    DemoScript.later(3, () -> {
                        shot("source");
                        System.exit(0);
                    });
                });
            });
        });
    }

    private static void shot(String name) {
        DemoScript.shot(prefix, name);
    }
}
