package dev.interopatlas.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.interopatlas.styles.Chrome;
import dev.interopatlas.styles.Theme;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The window chrome: AtlantaFX's Primer theme of our {@link Theme} as JavaFX's user-agent stylesheet, under the
 * theme's own stylesheets (which recolour it from the palette's tokens). The user-agent stylesheet is global, so
 * every window and dialog follows the theme switch (docs/decisions/0013).
 */
public final class WindowChrome {
    private WindowChrome() {
    }

    /** The user-agent stylesheet URL of {@code chrome}, from the AtlantaFX jar. */
    public static String userAgentStylesheet(Chrome chrome) {
        Objects.requireNonNull(chrome, "chrome");
        return switch (chrome) {
            case PRIMER_LIGHT -> new PrimerLight().getUserAgentStylesheet();
            case PRIMER_DARK -> new PrimerDark().getUserAgentStylesheet();
        };
    }

    /** Makes {@code theme}'s Primer theme the application's user-agent stylesheet (FX thread). */
    public static void apply(Theme theme) {
        Application.setUserAgentStylesheet(userAgentStylesheet(theme.chrome()));
    }

    /** Gives a dialog its owner window's stylesheets, so our tokens and fonts reach it too. */
    public static void style(Dialog<?> dialog, Window owner) {
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }
}
