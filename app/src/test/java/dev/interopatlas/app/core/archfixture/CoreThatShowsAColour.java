package dev.interopatlas.app.core.archfixture;

import javafx.scene.paint.Color;

/** Violates the headless-core rule: a core class using JavaFX. */
public final class CoreThatShowsAColour {
    private CoreThatShowsAColour() {
    }

    public static Object colour() {
        return Color.web("#336699");
    }
}
