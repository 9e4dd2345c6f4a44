package dev.interopatlas.indexer.impact;

import java.util.List;

/**
 * Two versions of a long declaration shown from a little before the first character where they differ, so the
 * change is on screen even when it lies past the preview's length (a field at the end of a large struct).
 */
final class FromFirstDifference {
    /** Characters kept before the first difference, to show what the change follows. */
    static final int CONTEXT = 80;
    private static final String ELLIPSIS = "\u2026";

    private FromFirstDifference() {
    }

    /** Both texts from the same start, each at most {@code max} characters, an ellipsis where one was cut. */
    static List<String> of(String before, String after, int max) {
        int same = 0;
        int shorter = Math.min(before.length(), after.length());
        while (same < shorter && before.charAt(same) == after.charAt(same)) {
            same++;
        }
        return List.of(cut(before, start(before, same), max), cut(after, start(before, same), max));
    }

    /**
     * {@link #CONTEXT} characters before the first difference, moved back to just after a {@code ;}, {@code ,},
     * {@code {} or {@code (} when one is near, so the text starts with a whole field or parameter.
     */
    private static int start(String text, int firstDifference) {
        int start = Math.max(0, firstDifference - CONTEXT);
        for (int i = start - 1; i >= 0 && i >= firstDifference - 2 * CONTEXT; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == ',' || c == '{' || c == '(') {
                return i + 1;
            }
        }
        return start;
    }

    private static String cut(String text, int start, int max) {
        int end = Math.min(text.length(), start + max);
        return (start > 0 ? ELLIPSIS : "") + text.substring(start, end) + (end < text.length() ? ELLIPSIS : "");
    }
}
