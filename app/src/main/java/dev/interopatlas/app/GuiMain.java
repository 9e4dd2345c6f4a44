package dev.interopatlas.app;

import dev.interopatlas.app.ui.AtlasApplication;
import javafx.application.Application;

/**
 * Starts the JavaFX explorer. Kept apart from {@link Launcher} so headless commands never load JavaFX classes.
 */
public final class GuiMain {
    private GuiMain() {
    }

    /**
     * Opens the window and returns when it is closed.
     *
     * @param args {@code []} for the bundled sample, {@code [open, PATH]} or {@code [PATH]}
     * @return the process exit code
     */
    public static int launch(String[] args) {
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && !"Monocle".equals(System.getProperty("glass.platform"))) {
            System.err.println("interop-atlas: error: cannot open the desktop app: no display (DISPLAY is not set). "
                    + "Run a command for headless use (see --help), or start it under a display, e.g. xvfb-run -a java -jar …");
            return 1;
        }
        Application.launch(AtlasApplication.class, args);
        return 0;
    }
}
