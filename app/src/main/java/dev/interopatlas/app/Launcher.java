package dev.interopatlas.app;

import dev.interopatlas.app.cli.AtlasCommand;

/**
 * Entry point of the runnable jar. It must not extend {@code javafx.application.Application}: a fat jar whose
 * main class does is refused by the JavaFX launcher ("JavaFX runtime components are missing").
 * No arguments (or {@code open PATH}) opens the desktop app; anything else is a headless command.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(AtlasCommand.run(args, System.out, System.err));
    }
}
