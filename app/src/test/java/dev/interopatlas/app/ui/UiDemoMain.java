package dev.interopatlas.app.ui;

import javafx.application.Application;

/** Starts {@link UiDemo}; a class of its own because the java launcher refuses a main class that is an Application. */
public final class UiDemoMain {
    private UiDemoMain() {
    }

    public static void main(String[] args) {
        UiDemo.prefix = args[0];
        Application.launch(UiDemo.class, java.util.Arrays.copyOfRange(args, 1, args.length));
    }
}
