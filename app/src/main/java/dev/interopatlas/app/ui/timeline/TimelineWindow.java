package dev.interopatlas.app.ui.timeline;

import dev.interopatlas.model.history.Timeline;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The timeline in a window of its own, styled like its owner; Esc closes it. */
public final class TimelineWindow {
    private TimelineWindow() {
    }

    public static Stage show(Window owner, String repository, Timeline timeline) {
        TimelineView view = new TimelineView(new TimelineViewModel(timeline));
        view.node().setStyle("-fx-padding: 12;");
        Scene scene = new Scene(view.node(), 1240, 680);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                ((Stage) scene.getWindow()).close();
            }
        });
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Release timeline \u2014 " + repository);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
