package dev.interopatlas.app.ui;

import dev.interopatlas.indexer.progress.ProgressMonitor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * A JavaFX {@link Task} that is also the indexer's {@link ProgressMonitor}: phases become the task message,
 * units become its progress, and Cancel on the task is what the work sees as {@link #isCancelled()}. The
 * one way the UI runs slow work, so the FX thread never blocks.
 */
public final class BackgroundTask<T> extends Task<T> implements ProgressMonitor {
    /** Work that reports to its task (a {@link ProgressMonitor}) and may {@link #publish} partial results. */
    @FunctionalInterface
    public interface Work<T> {
        T run(BackgroundTask<T> task) throws Exception;
    }

    private final Work<T> work;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;

    public BackgroundTask(String title, Work<T> work) {
        this.work = work;
        updateTitle(title);
        updateMessage(title);
    }

    /** Starts the task on a fresh daemon thread. */
    public BackgroundTask<T> start() {
        Thread thread = new Thread(this, "atlas-" + getTitle());
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /**
     * Hands a partial result to the FX thread from the work, unless the task was cancelled by the time it gets
     * there (a newer task replaced it: its result would be stale).
     */
    public void publish(Runnable onFxThread) {
        Platform.runLater(() -> {
            if (!isCancelled()) {
                onFxThread.run();
            }
        });
    }

    @Override
    protected T call() throws Exception {
        return work.run(this);
    }

    @Override
    public void beginTask(String title, int totalWork) {
        total = totalWork;
        done.set(0);
        updateMessage(title);
        updateProgress(-1, 1);
    }

    @Override
    public void update(int completed) {
        long now = done.addAndGet(completed);
        if (total > 0) {
            updateProgress(Math.min(now, total), total);
        }
    }

    @Override
    public void endTask() {
        if (total > 0) {
            updateProgress(total, total);
        }
    }
}
