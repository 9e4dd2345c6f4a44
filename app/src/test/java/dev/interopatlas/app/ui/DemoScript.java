package dev.interopatlas.app.ui;

import dev.interopatlas.app.ui.explorer.ExplorerView;
import dev.interopatlas.app.ui.layout.Pane;
import dev.interopatlas.styles.Theme;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Stage;
import javafx.util.Duration;

/** Steps shared by the scripted screenshot demos (not tests): wait on the FX thread, then capture the screen. */
final class DemoScript {
    private DemoScript() {
    }

    /** Polls {@code condition} every 250 ms on the FX thread and runs {@code then} once it holds. */
    static void waitFor(BooleanSupplier condition, Runnable then) {
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

    /**
     * The window at the screen's top left at 1600 x 1000 (the Xvfb screen the shots are taken of), with the analysis
     * tabs shown: a first start leaves them collapsed, and these demos are about them.
     */
    static void placeWithTables(Stage stage, ExplorerView explorer) {
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1600);
        stage.setHeight(1000);
        explorer.panes().shownProperty(Pane.ANALYSIS).set(true);
    }

    /**
     * A demo's own preferences node, cleared, so the user's settings neither leak in nor get overwritten; the theme
     * from {@code -Ddemo.theme=DARK} or {@code TALK}, else light.
     */
    static UiPreferences preferences() {
        UiPreferences prefs = new UiPreferences(Preferences.userRoot().node("dev/interopatlas/app-demo"));
        prefs.clear();
        prefs.saveTheme(Theme.valueOf(System.getProperty("demo.theme", "LIGHT")));
        return prefs;
    }

    static void later(double seconds, Runnable then) {
        new Timeline(new KeyFrame(Duration.seconds(seconds), e -> then.run())).play();
    }

    /** {@code import -window root PREFIX-NAME.png} (ImageMagick), the whole X screen as Xvfb shows it. */
    static void shot(String prefix, String name) {
        shotTo(prefix + "-" + name + ".png");
    }

    /** {@code import -window root FILE}. */
    static void shotTo(String file) {
        try {
            new ProcessBuilder("import", "-window", "root", file).inheritIO().start().waitFor();
            System.out.println("screenshot " + file);
        } catch (Exception e) {
            System.out.println("screenshot failed: " + e);
        }
    }
}
