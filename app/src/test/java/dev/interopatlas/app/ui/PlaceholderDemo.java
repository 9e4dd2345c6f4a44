package dev.interopatlas.app.ui;

import dev.interopatlas.app.ui.readiness.AnalysisTabs;
import dev.interopatlas.model.analysis.Hotspot;
import javafx.application.Application;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * A scripted look at SAFETY placeholders on a real tree (not a test): opens {@code open PATH}, ranks the hotspot
 * table by its Placeholder column, screenshots it, then opens the source of the top row (or of the row
 * {@code -Drow=KEY}) and screenshots that ({@code import -window root}, files {@code PREFIX-*.png}).
 * Usage: PlaceholderDemo$Main PREFIX open PATH.
 */
public final class PlaceholderDemo extends AtlasApplication {
    static String prefix = "placeholders";

    /** The java launcher refuses a main class that is an Application. */
    public static final class Main {
        public static void main(String[] args) {
            prefix = args[0];
            Application.launch(PlaceholderDemo.class, java.util.Arrays.copyOfRange(args, 1, args.length));
        }
    }

    @Override
    public void start(Stage stage) {
        super.start(stage);
        DemoScript.placeWithTables(stage, explorer());
        AnalysisTabs tabs = explorer().analysisTabs();
        explorer().viewModel().atlasProperty().addListener((o, a, b) ->
                DemoScript.waitFor(() -> tabs.lastLoadTimes().isPresent(), () -> rankByPlaceholders(tabs)));
    }

    private void rankByPlaceholders(AnalysisTabs tabs) {
        tabs.node().getSelectionModel().select(0);
        TableView<Hotspot> table = tabs.hotspotsView().table();
        TableColumn<Hotspot, ?> placeholder = table.getColumns().stream()
                .filter(c -> "colPlaceholder".equals(c.getId())).findFirst().orElseThrow();
        placeholder.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(java.util.List.of(placeholder));
        Hotspot top = table.getItems().get(0);
        System.out.printf("top placeholder row: %s (%d placeholder, %d without SAFETY)%n", top.key(),
                top.placeholderBlocks(), top.undocumentedBlocks());
        String key = System.getProperty("row", top.key());
        table.getSelectionModel().select(table.getItems().stream().filter(h -> h.key().equals(key)).findFirst()
                .orElse(top));
        table.requestFocus();
        DemoScript.later(2, () -> {
            shot("hotspots");
            table.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.ENTER, false, false, false, false));
            DemoScript.later(3, () -> {
                shot("source");
                System.exit(0);
            });
        });
    }

    private static void shot(String name) {
        DemoScript.shot(prefix, name);
    }
}
