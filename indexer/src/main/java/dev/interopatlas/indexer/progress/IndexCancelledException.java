package dev.interopatlas.indexer.progress;

/** Thrown from inside indexing when the {@link ProgressMonitor} was cancelled; nothing partial is kept. */
public final class IndexCancelledException extends RuntimeException {
    public IndexCancelledException() {
        super("indexing was cancelled");
    }
}
