package dev.interopatlas.app.ui;

import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
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

    static void later(double seconds, Runnable then) {
        new Timeline(new KeyFrame(Duration.seconds(seconds), e -> then.run())).play();
    }

    /** {@code import -window root PREFIX-NAME.png} (ImageMagick), the whole X screen as Xvfb shows it. */
    static void shot(String prefix, String name) {
        try {
            String file = prefix + "-" + name + ".png";
            new ProcessBuilder("import", "-window", "root", file).inheritIO().start().waitFor();
            System.out.println("screenshot " + file);
        } catch (Exception e) {
            System.out.println("screenshot failed: " + e);
        }
    }
}
