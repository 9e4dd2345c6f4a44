package dev.interopatlas.app.ui;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One kind of background work of a view (opening a tree, reading a source excerpt, a layout): at most one task
 * runs in a slot. Starting another cancels the one before, and whatever the one before still delivers (its value,
 * its failure, a partial result it {@link BackgroundTask#publish publishes}) is dropped: a result is shown only
 * while its task is the slot's latest. Used on the FX thread.
 */
public final class TaskSlot {
    /** What to do when the latest task ends; each runs on the FX thread. */
    public interface Outcome<T> {
        void succeeded(T value);

        default void failed(Throwable error) {
        }

        default void cancelled() {
        }
    }

    private Optional<BackgroundTask<?>> latest = Optional.empty();

    /** Cancels the running task, if any, and starts {@code task}. */
    public <T> BackgroundTask<T> start(BackgroundTask<T> task, Outcome<T> outcome) {
        cancel();
        latest = Optional.of(task);
        task.setOnSucceeded(e -> {
            if (end(task)) {
                outcome.succeeded(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (end(task)) {
                outcome.failed(task.getException());
            }
        });
        task.setOnCancelled(e -> {
            if (end(task)) {
                outcome.cancelled();
            }
        });
        return task.start();
    }

    /** Shorthand: a success handler and a failure handler. */
    public <T> BackgroundTask<T> start(BackgroundTask<T> task, Consumer<T> succeeded, Consumer<Throwable> failed) {
        return start(task, new Outcome<T>() {
            @Override
            public void succeeded(T value) {
                succeeded.accept(value);
            }

            @Override
            public void failed(Throwable error) {
                failed.accept(error);
            }
        });
    }

    /** Cancels the running task; a result it still delivers is dropped. */
    public void cancel() {
        BackgroundTask<?> running = latest.orElse(null);
        latest = Optional.empty();
        if (running != null) {
            running.cancel();
        }
    }

    /** The running task, if any. */
    public Optional<BackgroundTask<?>> running() {
        return latest;
    }

    /** True when {@code task} was the latest (its outcome is to be shown), and forgets it. */
    private boolean end(BackgroundTask<?> task) {
        if (latest.filter(t -> t == task).isEmpty()) {
            return false;
        }
        latest = Optional.empty();
        return true;
    }
}
