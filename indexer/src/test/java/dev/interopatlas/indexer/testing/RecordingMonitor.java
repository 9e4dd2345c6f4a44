package dev.interopatlas.indexer.testing;

import dev.interopatlas.indexer.progress.ProgressMonitor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/** A monitor for tests: records task titles and turns cancelled once a given number of tasks has begun. */
public final class RecordingMonitor implements ProgressMonitor {
    private final List<String> titles = new CopyOnWriteArrayList<>();
    private final AtomicInteger tasks = new AtomicInteger();
    private final IntPredicate cancelledAfterTasks;

    private RecordingMonitor(IntPredicate cancelledAfterTasks) {
        this.cancelledAfterTasks = cancelledAfterTasks;
    }

    /** Never cancelled. */
    public static RecordingMonitor recording() {
        return new RecordingMonitor(begun -> false);
    }

    /** Cancelled from the start. */
    public static RecordingMonitor cancelled() {
        return new RecordingMonitor(begun -> true);
    }

    /** Cancelled once more than {@code tasks} tasks have begun. */
    public static RecordingMonitor cancelledAfter(int tasks) {
        return new RecordingMonitor(begun -> begun > tasks);
    }

    public List<String> titles() {
        return List.copyOf(titles);
    }

    @Override
    public void beginTask(String title, int totalWork) {
        titles.add(title);
        tasks.incrementAndGet();
    }

    @Override
    public void update(int completed) {
    }

    @Override
    public void endTask() {
    }

    @Override
    public boolean isCancelled() {
        return cancelledAfterTasks.test(tasks.get());
    }
}
