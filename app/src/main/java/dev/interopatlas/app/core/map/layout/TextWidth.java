package dev.interopatlas.app.core.map.layout;

/** How wide a text is drawn at a font size; the export's font metrics in production, a fixed advance in tests. */
@FunctionalInterface
public interface TextWidth {
    double width(String text, double fontSize);
}
