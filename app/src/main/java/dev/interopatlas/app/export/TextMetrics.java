package dev.interopatlas.app.export;

/** Estimates text width without a font renderer (the CLI runs headless): average glyph width of sans fonts. */
public final class TextMetrics {
    private static final double AVERAGE_GLYPH_EM = 0.56;

    private TextMetrics() {
    }

    public static double width(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * AVERAGE_GLYPH_EM;
    }
}
