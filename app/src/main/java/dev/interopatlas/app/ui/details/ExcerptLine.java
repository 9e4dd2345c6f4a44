package dev.interopatlas.app.ui.details;

import java.util.List;

/** One numbered source line of an excerpt, with the spans to highlight. */
public record ExcerptLine(int number, String text, boolean target, List<Span> spans) {
    public ExcerptLine {
        spans = List.copyOf(spans);
    }

    /** A highlighted range {@code [start, end)} of the line. */
    public record Span(int start, int end, Kind kind) {
    }

    /** {@code SAFETY_PLACEHOLDER}: a {@code SAFETY:} marker followed by TODO, FIXME, XXX, TBD or nothing. */
    public enum Kind { UNSAFE, SAFETY, SAFETY_PLACEHOLDER }
}
