package dev.interopatlas.indexer.progress;

/**
 * Progress and cancellation with no UI in it (the JGit idea): the UI adapts it to a JavaFX task, the CLI prints it.
 * Implementations must be thread-safe for {@link #update} and {@link #isCancelled}.
 */
public interface ProgressMonitor {
    /** A monitor that reports nothing and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void beginTask(String title, int totalWork) {
        }

        @Override
        public void update(int completed) {
        }

        @Override
        public void endTask() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Total work not known in advance. */
    int UNKNOWN = 0;

    /** Starts a phase ("Lexing Rust", "Resolving includes") of {@code totalWork} units, or {@link #UNKNOWN}. */
    void beginTask(String title, int totalWork);

    /** Reports {@code completed} more units done in the current phase. */
    void update(int completed);

    /** Ends the current phase. */
    void endTask();

    /** Whether the user asked to stop; long loops check it and throw {@link IndexCancelledException}. */
    boolean isCancelled();

    /** Throws {@link IndexCancelledException} when cancelled; call it inside long loops. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new IndexCancelledException();
        }
    }
}
