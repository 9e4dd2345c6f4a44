package dev.interopatlas.app;

/**
 * Entry point of the runnable jar. It must not extend {@code javafx.application.Application}: a fat jar whose
 * main class does is refused by the JavaFX launcher ("JavaFX runtime components are missing").
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("Interop Atlas: not wired up yet");
    }
}
