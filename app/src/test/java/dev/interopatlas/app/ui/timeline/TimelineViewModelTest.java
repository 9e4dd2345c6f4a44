package dev.interopatlas.app.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.history.Timeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {
    private static ReleaseSummary release(String name, int symbols, int modules, int drivers, int placeholders,
                                          int crates, long vendoredLines, double share) {
        return new ReleaseSummary(name, "c", 3, 1000, modules, drivers, 1, 0, 2, symbols, 40, 10, 2, 1, 0, 8,
                placeholders, share, crates, vendoredLines > 0 ? 1 : 0, vendoredLines > 0 ? 2 : 0, vendoredLines, 0,
                0, 0);
    }

    private final TimelineViewModel model = new TimelineViewModel(new Timeline(Timeline.SCHEMA, "repo", 1, 0, 0,
            List.of(release("v6.1", 12, 8, 0, 0, 1, 9103, 0.283), release("v6.12", 187, 58, 5, 6, 4, 0, 0.994))));

    @Test
    void consumersSeriesCountsCratesNotFiles() {
        TimelineViewModel.Series consumers = model.countSeries().stream()
                .filter(s -> s.name().equals("Consumer crates")).findFirst().orElseThrow();
        assertEquals(List.of(new TimelineViewModel.Point("v6.1", 1), new TimelineViewModel.Point("v6.12", 4)),
                consumers.points());
    }

    @Test
    void everySeriesHasOnePointPerReleaseInOrder() {
        model.countSeries().forEach(s -> assertEquals(List.of("v6.1", "v6.12"),
                s.points().stream().map(TimelineViewModel.Point::release).toList(), s.name()));
    }

    @Test
    void summaryNamesTheFirstAndLastReleaseAndTheSafetyShare() {
        String summary = model.summary();
        assertTrue(summary.contains("v6.1 → v6.12"), summary);
        assertTrue(summary.contains("12 → 187"), summary);
        assertTrue(summary.contains("28 % → 99 %"), summary);
        assertTrue(summary.contains("Rust lines 1,000 → 1,000 (vendored crates apart: 9,103 → 0)"), summary);
        assertTrue(summary.contains("(placeholders 0 → 6)"), summary);
    }
}
