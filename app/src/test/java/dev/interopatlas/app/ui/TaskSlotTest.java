package dev.interopatlas.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class TaskSlotTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void startingATaskCancelsTheOneBeforeAndDropsWhatItStillPublishes() throws Exception {
        TaskSlot slot = new TaskSlot();
        List<String> shown = new CopyOnWriteArrayList<>();
        CountDownLatch replaced = new CountDownLatch(1);
        AtomicReference<BackgroundTask<String>> first = new AtomicReference<>();
        AtomicReference<BackgroundTask<String>> second = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            first.set(slot.start(new BackgroundTask<>("old", task -> {
                // an old computation that does not look at cancellation while it works
                while (!replaced.await(10, TimeUnit.MILLISECONDS)) {
                    Thread.onSpinWait();
                }
                task.publish(() -> shown.add("old partial"));
                return "old";
            }), shown::add, e -> shown.add("old failed")));
            second.set(slot.start(new BackgroundTask<>("new", task -> "new"), shown::add, e -> shown.add("failed")));
        });
        replaced.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.get().isDone() && second.get().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first.get().isCancelled());
        assertEquals(List.of("new"), shown);
        assertTrue(slot.running().isEmpty(), "the slot forgets a task once it ended");
    }

    @Test
    void cancellingTheSlotDropsTheRunningTasksResult() throws Exception {
        TaskSlot slot = new TaskSlot();
        List<String> shown = new CopyOnWriteArrayList<>();
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicReference<BackgroundTask<String>> task = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            task.set(slot.start(new BackgroundTask<>("read", t -> {
                cancelled.await(5, TimeUnit.SECONDS);
                return "stale";
            }), shown::add, e -> shown.add("failed")));
            slot.cancel();
        });
        cancelled.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> task.get().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), shown);
    }
}
