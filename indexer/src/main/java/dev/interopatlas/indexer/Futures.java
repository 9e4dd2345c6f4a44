package dev.interopatlas.indexer;

import dev.interopatlas.indexer.progress.IndexCancelledException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on another thread, with its failure thrown again as the caller's own. */
final class Futures {
    private Futures() {
    }

    /** The result; an interrupt is a cancel, and what the work threw is thrown again (checked ones wrapped). */
    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexCancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
