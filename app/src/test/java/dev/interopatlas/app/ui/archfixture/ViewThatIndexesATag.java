package dev.interopatlas.app.ui.archfixture;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.history.HistoryIndexer;
import dev.interopatlas.indexer.history.ReleaseTag;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.index.KernelIndex;

/** Violates the UI-indexer rule: a view driving the history indexer instead of the core's release history. */
public final class ViewThatIndexesATag {
    private ViewThatIndexesATag() {
    }

    public static KernelIndex index(HistoryIndexer history, String tag) throws IndexException {
        ReleaseTag found = history.tag(tag);
        return history.index(found, ProgressMonitor.NONE).index();
    }
}
