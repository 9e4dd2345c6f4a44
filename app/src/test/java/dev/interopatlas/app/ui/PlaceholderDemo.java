package dev.interopatlas.app.ui;

import dev.interopatlas.app.ui.readiness.AnalysisTabs;
import dev.interopatlas.model.analysis.Hotspot;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;

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
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1600);
        stage.setHeight(1000);
        AnalysisTabs tabs = explorer().analysisTabs();
        explorer().viewModel().atlasProperty().addListener((o, a, b) ->
                waitFor(() -> tabs.lastLoadTimes().isPresent(), () -> rankByPlaceholders(tabs)));
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
        later(2, () -> {
            shot("hotspots");
            table.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.ENTER, false, false, false, false));
            later(3, () -> {
                shot("source");
                System.exit(0);
            });
        });
    }

    private static void waitFor(BooleanSupplier condition, Runnable then) {
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(250), e -> {
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

    private static void shot(String name) {
        try {
            String file = prefix + "-" + name + ".png";
            new ProcessBuilder("import", "-window", "root", file).inheritIO().start().waitFor();
            System.out.println("screenshot " + file);
        } catch (Exception e) {
            System.out.println("screenshot failed: " + e);
        }
    }
}
