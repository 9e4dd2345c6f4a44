package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.progress.ProgressMonitor;

/** Passes progress through, naming the release in every phase title ("[2/5] v6.12: Lexing Rust"). */
final class PrefixedMonitor implements ProgressMonitor {
    private final ProgressMonitor delegate;
    private final String prefix;

    PrefixedMonitor(ProgressMonitor delegate, String prefix) {
        this.delegate = delegate;
        this.prefix = prefix;
    }

    @Override
    public void beginTask(String title, int totalWork) {
        delegate.beginTask(prefix + title, totalWork);
    }

    @Override
    public void update(int completed) {
        delegate.update(completed);
    }

    @Override
    public void endTask() {
        delegate.endTask();
    }

    @Override
    public boolean isCancelled() {
        return delegate.isCancelled();
    }
}
