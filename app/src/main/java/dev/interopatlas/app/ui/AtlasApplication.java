package dev.interopatlas.app.ui;

import dev.interopatlas.app.core.load.AtlasLoader;
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
        UiPreferences prefs = preferences();
        explorer = new ExplorerView(stage, prefs);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(explorer.node(), Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight()));
        explorer.install(scene);
        stage.setScene(scene);
        stage.setTitle("Interop Atlas");
        prefs.windowBounds().filter(b -> screen.contains(b.x(), b.y(), Math.min(b.width(), screen.getWidth()), 1))
                .ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(Math.min(b.width(), screen.getWidth()));
            stage.setHeight(Math.min(b.height(), screen.getHeight()));
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

    /** Where settings are remembered; tests use a node of their own. */
    protected UiPreferences preferences() {
        return UiPreferences.user();
    }

    /** The window's content, once started (for scripted demos and tests). */
    public ExplorerView explorer() {
        return explorer;
    }

    @Override
    public void stop() {
        if (explorer != null) {
            explorer.panes().save();
            explorer.graphView().close();
        }
    }
}
