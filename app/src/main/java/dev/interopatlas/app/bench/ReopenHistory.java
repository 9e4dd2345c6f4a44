package dev.interopatlas.app.bench;

import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.history.HistoryIndexer;
import dev.interopatlas.indexer.history.TagSelection;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.history.Timeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark helper for {@code bench/history-vs-index.sh}: times re-opening an already indexed history (open the
 * repository, list tags, read the timeline) inside one JVM, and prints the seconds.
 */
public final class ReopenHistory {
    private ReopenHistory() {
    }

    /** Prints the first re-open (cold JVM) and the median of five more in the same JVM (as in the app). */
    public static void main(String[] args) throws Exception {
        double first = reopen(args);
        double[] again = new double[5];
        for (int i = 0; i < again.length; i++) {
            again[i] = reopen(args);
        }
        java.util.Arrays.sort(again);
        System.out.println(String.format(Locale.ROOT, "%.3f %.3f", first, again[again.length / 2]));
    }

    private static double reopen(String[] args) throws Exception {
        long start = System.nanoTime();
        Timeline timeline;
        try (HistoryIndexer history = HistoryIndexer.open(Path.of(args[0]), Path.of(args[1]),
                IndexOptions.defaults(), System.err::println)) {
            timeline = history.timeline(TagSelection.explicit(List.of("v6.1", "v6.12")), ProgressMonitor.NONE);
        }
        if (timeline.releases().size() != 2 || timeline.blobsParsed() != 0) {
            throw new IllegalStateException("expected 2 cached releases, got " + timeline.releases().size()
                    + " with " + timeline.blobsParsed() + " blobs parsed");
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
