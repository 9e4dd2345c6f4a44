package dev.interopatlas.app.ui;

import dev.interopatlas.app.ui.explorer.AtlasLoader;
import dev.interopatlas.app.ui.explorer.ExplorerView;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop explorer. Launched by {@code Launcher} with no arguments (the bundled sample), {@code open PATH},
 * or {@code --synthetic=N}; see {@link StartupArguments}.
 */
public class AtlasApplication extends Application {
    private ExplorerView explorer;

    @Override
    public void start(Stage stage) {
        UiPreferences prefs = UiPreferences.user();
        explorer = new ExplorerView(stage, prefs);
        Scene scene = new Scene(explorer.node(), 1400, 900);
        explorer.install(scene);
        stage.setScene(scene);
        stage.setTitle("Interop Atlas");
        prefs.windowBounds().ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
        stage.setOnCloseRequest(e -> prefs.saveWindowBounds(new UiPreferences.Bounds(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        stage.show();
        AtlasLoader first;
        try {
            first = StartupArguments.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            ErrorDialog.show(stage, "Cannot understand the command line", e);
            first = StartupArguments.defaultLoader();
        }
        explorer.open(first);
    }

    /** The window's content, once started (for scripted demos and tests). */
    public ExplorerView explorer() {
        return explorer;
    }

    @Override
    public void stop() {
        if (explorer != null) {
            explorer.graphView().close();
        }
    }
}
