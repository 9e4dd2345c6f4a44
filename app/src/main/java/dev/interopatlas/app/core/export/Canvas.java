package dev.interopatlas.app.core.export;

/**
 * The few drawing operations diagrams and reports need, in page pixels (y down). Drawn once, written twice:
 * {@link SvgCanvas} gives the SVG (text stays text), {@link RasterCanvas} the PNG, so the two always agree.
 * Colours are {@code #rrggbb}.
 */
public interface Canvas {
    /** Text anchoring, as SVG's {@code text-anchor}. */
    enum Anchor { START, MIDDLE, END }

    void rect(double x, double y, double width, double height, String fill, double cornerRadius);

    void line(double x1, double y1, double x2, double y2, String color, double width, double opacity);

    void circle(double cx, double cy, double r, String fill, String stroke, double opacity, String tooltip);

    void polyline(double[] xs, double[] ys, String color, double width);

    /** Text with its baseline at {@code y}. */
    void text(double x, double y, String text, double size, String color, boolean bold, Anchor anchor,
              double opacity);

    /** Starts a named group (an SVG {@code <g id>}); raster output ignores it. */
    void beginGroup(String id);

    void endGroup();
}
