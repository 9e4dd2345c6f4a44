package dev.interopatlas.app;

import dev.interopatlas.app.cli.AtlasCommand;
import dev.interopatlas.app.cli.ChildJvm;
import dev.interopatlas.app.core.PhaseClock;
import dev.interopatlas.indexer.io.CheckedPrintStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
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
        OptionalInt child = ChildJvm.runInChild(args); // before loading the command line: it starts sooner
        if (child.isPresent()) {
            PhaseClock.mark("child exited");
            System.exit(child.getAsInt());
        }
        if (args.length == 0 || args[0].startsWith("--synthetic")) {
            System.exit(GuiMain.launch(args));
        }
        // Our stdout remembers why a write failed: a full disk is an error, a closed pipe is not (OutputFiles).
        PrintStream stdout = new CheckedPrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
                1 << 16));
        System.setOut(stdout);
        int exit = AtlasCommand.runAsProcess(args, stdout, System.err);
        stdout.flush();
        System.exit(exit);
    }
}
