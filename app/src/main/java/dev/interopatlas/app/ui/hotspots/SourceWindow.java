package dev.interopatlas.app.ui.hotspots;

import dev.interopatlas.app.ui.BackgroundTask;
import dev.interopatlas.app.ui.TaskSlot;
import dev.interopatlas.app.ui.details.ExcerptLine;
import dev.interopatlas.app.ui.details.ExcerptText;
import dev.interopatlas.app.ui.details.SourceExcerpt;
import dev.interopatlas.indexer.source.SourceTree;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window with numbered source lines around {@code path:line}, {@code unsafe} and {@code SAFETY:}
 * highlighted by the theme. One window is reused; the file is read off the FX thread.
 */
public final class SourceWindow {
    private static final int RADIUS = 40;

    private final Stage stage = new Stage();
    private final TextFlow text = new TextFlow();
    private final Label title = new Label();
    private final ScrollPane scroll = new ScrollPane(text);
    /** The excerpt being read; opening another location drops the older read. */
    private final TaskSlot reading = new TaskSlot();

    public SourceWindow(Window owner) {
        stage.initOwner(owner);
        text.setId("sourceWindowText");
        text.getStyleClass().add("code-view");
        scroll.setFitToWidth(true);
        title.setId("sourceWindowTitle");
        title.getStyleClass().add("section-title");
        BorderPane root = new BorderPane(scroll);
        root.setTop(title);
        root.getStyleClass().add("side-pane");
        Scene scene = new Scene(root, 820, 620);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    /** Shows the window and loads {@code path} around {@code line}; errors are shown in the window. */
    public void open(SourceTree tree, String path, int line) {
        stage.setTitle(path + ":" + line);
        title.setText("Reading " + path + "\u2026");
        title.getStyleClass().remove("error-text");
        if (stage.getOwner() != null && stage.getOwner().getScene() != null) {
            stage.getScene().getStylesheets().setAll(stage.getOwner().getScene().getStylesheets());
        }
        stage.show();
        stage.toFront();
        reading.start(new BackgroundTask<List<ExcerptLine>>("read " + path,
                task -> SourceExcerpt.read(tree, path, line, RADIUS)), lines -> {
                    render(lines);
                    title.setText(path + ":" + line);
                }, error -> {
                    text.getChildren().clear();
                    title.setText("Cannot show " + path + ": " + error.getMessage());
                    title.getStyleClass().add("error-text");
                });
    }

    public Stage stage() {
        return stage;
    }

    /** The lines shown, for tests. */
    public String shownText() {
        StringBuilder sb = new StringBuilder();
        text.getChildren().forEach(n -> sb.append(((Text) n).getText()));
        return sb.toString();
    }

    private void render(List<ExcerptLine> lines) {
        text.getChildren().setAll(ExcerptText.runs(lines));
        double fraction = ExcerptText.targetFraction(lines);
        Platform.runLater(() -> scroll.setVvalue(fraction));
    }
}
