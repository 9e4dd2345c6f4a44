package dev.interopatlas.app.cli.archfixture;

import javafx.scene.paint.Color;

/** Violates the headless-CLI rule: a command that needs the JavaFX toolkit. */
public final class CommandThatNeedsJavaFx {
    private CommandThatNeedsJavaFx() {
    }

    public static String red() {
        return Color.RED.toString();
    }
}
