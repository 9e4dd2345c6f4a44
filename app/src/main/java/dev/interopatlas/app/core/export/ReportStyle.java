package dev.interopatlas.app.core.export;

import java.util.List;

/**
 * Colours ({@code #rrggbb}) and type of a report, taken from a {@code styles} theme.
 *
 * @param hot         unsafe blocks without any SAFETY comment
 * @param placeholder unsafe blocks with only placeholder SAFETY comments
 */
public record ReportStyle(String background, String surface, String text, String mutedText, String border,
                          String accent, String hot, String placeholder, List<String> series, String fontFamily,
                          double baseSize) {
    public ReportStyle {
        series = List.copyOf(series);
        if (series.size() < 3) {
            throw new IllegalArgumentException("a report needs 3 series colours");
        }
    }
}
