package dev.interopatlas.app.core;

/**
 * With {@code -Dinterop-atlas.phases=true}, prints {@code phase <epoch ms> <pid> <name>} on stderr at the points
 * where a batch run changes phase (JVM start to main, hand-off to the child, cache read, indexing, JSON, exit) and
 * when the app draws its first map, so a shell that notes the time before {@code java} can tell where a run's wall
 * time goes (docs/decisions/0008). In the core, as the command line and the views both mark phases.
 * Wall-clock milliseconds, because the marks of the parent and child JVM are compared.
 */
public final class PhaseClock {
    private static final boolean ON = Boolean.getBoolean("interop-atlas.phases");

    private PhaseClock() {
    }

    public static void mark(String phase) {
        if (ON) {
            System.err.println("phase " + System.currentTimeMillis() + " " + ProcessHandle.current().pid() + " "
                    + phase);
        }
    }
}
