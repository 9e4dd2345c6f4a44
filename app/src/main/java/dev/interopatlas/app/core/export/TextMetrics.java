package dev.interopatlas.app.core.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * Text width for layout, measured with Java2D's DejaVu Sans (works headless; the first family the SVG names, so
 * rsvg and browsers draw about this wide). A per-glyph estimate was too narrow for CAPITAL_NAMES and made labels
 * overlap; 4 % slack covers renderers with slightly wider hinting.
 */
public final class TextMetrics {
    private static final Font BASE = new Font("DejaVu Sans", Font.PLAIN, 100);
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final double SLACK = 1.04;

    private TextMetrics() {
    }

    public static double width(String text, double fontSize) {
        if (text.isEmpty()) {
            return 0;
        }
        double at100 = BASE.getStringBounds(text, CONTEXT).getWidth();
        return at100 * fontSize / 100 * SLACK;
    }
}
