package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.ui.BackgroundTask;
import dev.interopatlas.app.ui.ErrorDialog;
import dev.interopatlas.app.ui.TaskSlot;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * The status bar and the window's one slot of slow work (open, release switch, timeline, force layout): the
 * running task's message, progress and Cancel. Starting a task cancels the one before; what a replaced task
 * still delivers is dropped ({@link TaskSlot}), so a layout of the old graph never lands on a new one.
 */
final class StatusArea implements ReleaseBar.Tracker {
    private final Stage stage;
    private final Supplier<String> summary;
    private final Runnable afterSuccess;
    private final TaskSlot slot = new TaskSlot();
    private final Label statusLabel = new Label("Ready");
    private final ProgressBar progress = new ProgressBar();
    private final Button cancelButton = new Button("Cancel");
    private final HBox bar;

    /**
     * @param summary      what is shown (nodes, edges), put before each status text
     * @param afterSuccess runs after each task that succeeded (the window title follows the open tree)
     */
    StatusArea(Stage stage, Supplier<String> summary, Runnable afterSuccess) {
        this.stage = stage;
        this.summary = summary;
        this.afterSuccess = afterSuccess;
        statusLabel.setId("statusLabel");
        progress.setId("progressBar");
        progress.setPrefWidth(180);
        cancelButton.setId("cancelButton");
        idle();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new HBox(8, statusLabel, spacer, progress, cancelButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
    }

    HBox node() {
        return bar;
    }

    @Override
    public <T> void track(BackgroundTask<T> task, Function<T, String> done) {
        run(task, done, "Failed: " + task.getTitle(), "Cancelled: " + task.getTitle());
    }

    /**
     * Runs {@code task} with its progress and Cancel shown; {@code done} runs on success and returns the status
     * text, {@code failure} titles the error dialog.
     */
    <T> BackgroundTask<T> run(BackgroundTask<T> task, Function<T, String> done, String failure, String cancelled) {
        statusLabel.textProperty().bind(task.messageProperty());
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        cancelButton.setVisible(true);
        cancelButton.setOnAction(e -> task.cancel());
        return slot.start(task, new TaskSlot.Outcome<>() {
            @Override
            public void succeeded(T value) {
                idle();
                String text = done.apply(value);
                afterSuccess.run();
                statusLabel.setText(summary.get() + " \u2014 " + text);
            }

            @Override
            public void failed(Throwable error) {
                idle();
                statusLabel.setText(failure);
                ErrorDialog.show(stage, failure, error);
            }

            @Override
            public void cancelled() {
                idle();
                statusLabel.setText(cancelled);
            }
        });
    }

    /** Shows a message unless a task's progress is shown. */
    void show(String text) {
        if (!busy()) {
            statusLabel.setText(text);
        }
    }

    boolean busy() {
        return statusLabel.textProperty().isBound();
    }

    private void idle() {
        statusLabel.textProperty().unbind();
        progress.progressProperty().unbind();
        progress.setVisible(false);
        cancelButton.setVisible(false);
    }
}
