package dev.interopatlas.indexer;

import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.model.metrics.IndexWarning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a per-file analysis on all cores, reporting progress and honouring cancel. A file that cannot be read
 * becomes a warning naming it; the rest of the tree is still indexed.
 */
final class ParallelAnalysis {
    /** The analysis of one file; may fail with an IOException naming the file. */
    @FunctionalInterface
    interface FileAnalysis<T> {
        T analyze(SourceFile file) throws IOException;
    }

    private ParallelAnalysis() {
    }

    static <T> Map<String, T> run(List<SourceFile> files, FileAnalysis<T> analysis, ProgressMonitor monitor,
                                  List<IndexWarning> warnings) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "interop-atlas-analysis");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Optional<T>>> futures = new ArrayList<>(files.size());
            List<IndexWarning> failures = Collections.synchronizedList(new ArrayList<>());
            for (SourceFile file : files) {
                futures.add(pool.submit(() -> {
                    monitor.checkCancelled();
                    try {
                        return Optional.of(analysis.analyze(file));
                    } catch (IOException | UncheckedIOException e) {
                        failures.add(new IndexWarning(file.path(), 0, "not indexed: " + e.getMessage()));
                        return Optional.<T>empty();
                    } finally {
                        monitor.update(1);
                    }
                }));
            }
            Map<String, T> results = new TreeMap<>();
            for (int i = 0; i < files.size(); i++) {
                Optional<T> result = Futures.await(futures.get(i));
                String path = files.get(i).path();
                result.ifPresent(value -> results.put(path, value));
            }
            failures.sort(java.util.Comparator.comparing(IndexWarning::path));
            warnings.addAll(failures);
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
