package dev.interopatlas.app.ui.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for the FX toolkit to draw some frames, instead of sleeping: GraphStream's view renders (and moves its
 * labels) on animation pulses, after the events that changed it were handled.
 */
public final class Pulses {
    private Pulses() {
    }

    /** Returns once {@code frames} animation pulses have run (at most 10 s). */
    public static void await(int frames) throws Exception {
        AtomicInteger seen = new AtomicInteger();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                seen.incrementAndGet();
            }
        };
        WaitForAsyncUtils.asyncFx(counter::start).get();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.get() >= frames);
        } finally {
            WaitForAsyncUtils.asyncFx(counter::stop).get();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
