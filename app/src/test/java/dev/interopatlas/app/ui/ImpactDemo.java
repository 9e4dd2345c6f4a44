package dev.interopatlas.app.ui;

import dev.interopatlas.app.core.release.ReleaseContext;
import dev.interopatlas.app.ui.explorer.ExplorerView;
import dev.interopatlas.app.ui.explorer.ExplorerViewModel;
import dev.interopatlas.app.ui.impact.ImpactTab;
import dev.interopatlas.model.impact.DeclarationChange;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/**
 * A scripted look at the Impact tab for a screenshot and timings (not a test): opens the repository the arguments
 * name at its newest release, turns diff mode on (base: the release before), opens the Impact tab and prints how
 * long the comparison took; chooses the row {@code -Ddemo.symbol} names (else the first), screenshots, then turns
 * diff off and on again to time the comparison kept in memory.
 * Usage: ImpactDemo$Main PNG [app args].
 */
public class ImpactDemo extends AtlasApplication {
    static String png = "/tmp/impact.png";
    private long started;
    private boolean repeated;

    /** The java launcher refuses an Application as main class. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            png = args[0];
            Application.launch(ImpactDemo.class, java.util.Arrays.copyOfRange(args, 1, args.length));
        }
    }

    @Override
    protected UiPreferences preferences() {
        return DemoScript.preferences();
    }

    @Override
    public void start(Stage stage) {
        super.start(stage);
        DemoScript.placeWithTables(stage, explorer());
        ExplorerView view = explorer();
        ExplorerViewModel vm = view.viewModel();
        ImpactTab tab = view.impactTab();
        vm.atlasProperty().addListener((o, a, b) -> DemoScript.later(2, () -> {
            System.out.println("opened " + vm.release().map(ReleaseContext::release).orElse("?"));
            view.analysisTabs().node().getSelectionModel().select(tab.tab());
            // what a user does to read a table: drag the divider above the analysis tabs up
            for (javafx.scene.Parent p = view.analysisTabs().node().getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.SplitPane split) {
                    split.setDividerPositions(Double.parseDouble(System.getProperty("demo.divider", "0.45")));
                    break;
                }
            }
            started = System.nanoTime();
            diffToggle(view).setSelected(true);
        }));
        tab.viewModel().rows().addListener((javafx.collections.ListChangeListener<DeclarationChange>) c -> {
            if (tab.viewModel().rows().isEmpty()) {
                return;
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            Platform.runLater(() -> System.out.println((repeated ? "again (kept in memory)" : "impact") + " in " + ms
                    + " ms from Diff on: " + tab.viewModel().statusProperty().get()));
            if (repeated) {
                Platform.exit();
                return;
            }
            DemoScript.later(1.5, () -> choose(tab, stage));
        });
    }

    @SuppressWarnings("unchecked")
    private void choose(ImpactTab tab, Stage stage) {
        TableView<DeclarationChange> table = tab.view().table();
        String symbol = System.getProperty("demo.symbol", "");
        int row = 0;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).symbol().equals(symbol)) {
                row = i;
            }
        }
        table.requestFocus();
        table.getSelectionModel().select(row);
        table.scrollTo(Math.max(0, row - 3));
        DemoScript.later(3, () -> {
            DemoScript.shotTo(png);
            ToggleButton diff = diffToggle(explorer());
            diff.setSelected(false);
            repeated = true;
            started = System.nanoTime();
            diff.setSelected(true);
        });
    }

    /** From the release bar's items: a narrow tool bar moves it to its overflow menu, out of the scene graph. */
    private static ToggleButton diffToggle(ExplorerView view) {
        return ((javafx.scene.control.ToolBar) view.releaseBar().node()).getItems().stream()
                .filter(n -> "diffToggle".equals(n.getId())).map(ToggleButton.class::cast).findFirst().orElseThrow();
    }
}
