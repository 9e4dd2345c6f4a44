package dev.interopatlas.app.ui.timeline;

import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.history.Timeline;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The figures of a {@link Timeline} as the view shows them: one series per headline figure, and the rows of the
 * table. Plain data, so it is tested without a UI.
 */
public final class TimelineViewModel {
    /** One line of the chart. */
    public record Series(String name, List<Point> points) {
    }

    /** One release's value of a series. */
    public record Point(String release, double value) {
    }

    private final Timeline timeline;

    public TimelineViewModel(Timeline timeline) {
        this.timeline = timeline;
    }

    public List<ReleaseSummary> rows() {
        return timeline.releases();
    }

    /** The counts that share one axis: what Rust reaches of C and what uses it. */
    public List<Series> countSeries() {
        return List.of(
                series("Bound C symbols", s -> s.boundCSymbols()),
                series("Abstraction modules", s -> s.abstractionModules()),
                series("Consumer crates", s -> s.consumerCrates()),
                series("Helpers", s -> s.helpers()),
                series("Unsafe sites", s -> s.unsafeBlocks() + s.unsafeFns() + s.unsafeImpls() + s.unsafeTraits()));
    }

    /** A one-line summary of the first and last release for the status text. */
    public String summary() {
        List<ReleaseSummary> rows = rows();
        if (rows.isEmpty()) {
            return "No releases";
        }
        ReleaseSummary first = rows.get(0);
        ReleaseSummary last = rows.get(rows.size() - 1);
        return String.format(Locale.ROOT, "%d releases, %s → %s: Rust lines %,d → %,d (vendored crates apart: "
                        + "%,d → %,d); bound C symbols %d → %d; SAFETY-documented %.0f %% → %.0f %% (placeholders "
                        + "%d → %d)", rows.size(), first.release(), last.release(), first.rustLines(),
                last.rustLines(), first.vendoredRustLines(), last.vendoredRustLines(), first.boundCSymbols(),
                last.boundCSymbols(), first.safetyDocumentedShare() * 100, last.safetyDocumentedShare() * 100,
                first.unsafeBlocksPlaceholder(), last.unsafeBlocksPlaceholder());
    }

    private Series series(String name, ToDoubleFunction<ReleaseSummary> figure) {
        return new Series(name, rows().stream().map(s -> new Point(s.release(), figure.applyAsDouble(s))).toList());
    }
}
