package dev.interopatlas.indexer;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/**
 * One computation run on a thread of its own while the calling thread does other work, then joined: the way to use
 * a second core for a step that needs nothing of the caller's. With one core it runs at {@link #join} instead.
 * A failure is thrown again by {@link #join}, as the caller's own.
 */
final class BesideThisThread<T> {
    private final FutureTask<T> task;
    private final boolean started;

    private BesideThisThread(FutureTask<T> task, boolean started) {
        this.task = task;
        this.started = started;
    }

    static <T> BesideThisThread<T> start(String threadName, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return new BesideThisThread<>(task, false);
        }
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true); // an abandoned index must not keep the JVM alive
        thread.start();
        return new BesideThisThread<>(task, true);
    }

    T join() {
        if (!started) {
            task.run();
        }
        return Futures.await(task);
    }
}
