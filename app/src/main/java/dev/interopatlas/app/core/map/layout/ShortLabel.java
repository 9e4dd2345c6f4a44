package dev.interopatlas.app.core.map.layout;

import dev.interopatlas.model.graph.BidiControls;

/**
 * Long names shortened in the middle, where paths and module names repeat least: the start and the end stay. Bidi
 * controls are shown as escapes first ({@link BidiControls}), so no name is reordered on the map or in its PNG.
 */
public final class ShortLabel {
    /** About a third of a 16:9 slide's width at the export's type size. */
    public static final int MAX_CHARS = 36;
    private static final String ELLIPSIS = "\u2026";

    private ShortLabel() {
    }

    public static String of(String name) {
        return of(name, MAX_CHARS);
    }

    /** {@code raw} itself when it fits, else its first and last characters around an ellipsis, {@code max} in all. */
    public static String of(String raw, int max) {
        if (max < 3) {
            throw new IllegalArgumentException("too short to shorten into: " + max);
        }
        String name = BidiControls.escape(raw);
        if (name.codePointCount(0, name.length()) <= max) {
            return name;
        }
        int[] points = name.codePoints().toArray();
        int keep = max - 1;
        int head = (keep + 1) / 2;
        int tail = keep - head;
        return new String(points, 0, head) + ELLIPSIS + new String(points, points.length - tail, tail);
    }
}
