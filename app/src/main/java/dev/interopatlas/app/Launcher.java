package dev.interopatlas.app;

import dev.interopatlas.app.cli.AtlasCommand;
import dev.interopatlas.app.cli.BatchJvm;
import dev.interopatlas.app.cli.PhaseClock;
import java.util.OptionalInt;

/**
 * Entry point of the runnable jar. It must not extend {@code javafx.application.Application}: a fat jar whose
 * main class does is refused by the JavaFX launcher ("JavaFX runtime components are missing").
 * No arguments opens the desktop app on the bundled sample; anything else is a command ({@code open PATH} opens
 * the app too).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        PhaseClock.mark("main");
        if (args.length == 0 || args[0].startsWith("--synthetic")) {
            System.exit(GuiMain.launch(args));
        }
        OptionalInt child = BatchJvm.runInChild(args); // before loading the command line: it starts sooner
        if (child.isPresent()) {
            PhaseClock.mark("child exited");
            System.exit(child.getAsInt());
        }
        System.exit(AtlasCommand.runAsProcess(args, System.out, System.err));
    }
}
