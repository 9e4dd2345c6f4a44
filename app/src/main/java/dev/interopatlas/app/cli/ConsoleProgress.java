package dev.interopatlas.app.cli;

import dev.interopatlas.app.core.PhaseClock;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Prints the indexer's phases and rates on stderr: one line per finished phase, live updates on a terminal. */
final class ConsoleProgress implements ProgressMonitor {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final boolean live;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String title = "";
    private volatile int total;
    private volatile long started;
    private volatile long lastDraw;

    ConsoleProgress(PrintStream err, boolean live) {
        this.err = err;
        this.live = live;
    }

    static ConsoleProgress forStderr() {
        return new ConsoleProgress(System.err, System.console() != null);
    }

    @Override
    public void beginTask(String title, int totalWork) {
        PhaseClock.mark("begin " + title);
        this.title = title;
        this.total = totalWork;
        this.done.set(0);
        this.started = System.nanoTime();
    }

    @Override
    public void update(int completed) {
        int now = done.addAndGet(completed);
        long time = System.nanoTime();
        if (live && time - lastDraw > REDRAW_NANOS) {
            lastDraw = time;
            synchronized (err) {
                err.print("\r" + line(now, time) + "   ");
                err.flush();
            }
        }
    }

    @Override
    public void endTask() {
        PhaseClock.mark("end " + title);
        synchronized (err) {
            err.println((live ? "\r" : "") + line(done.get(), System.nanoTime()));
        }
    }

    private String line(int count, long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        StringBuilder text = new StringBuilder(title);
        if (total > 0 || count > 0) {
            text.append(": ").append(count);
            if (total > 0) {
                text.append('/').append(total);
            }
            text.append(String.format(Locale.ROOT, " files, %.0f files/s", count / seconds));
        }
        return text.append(String.format(Locale.ROOT, " (%.2f s)", seconds)).toString();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
