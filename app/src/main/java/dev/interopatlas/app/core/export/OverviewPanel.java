package dev.interopatlas.app.core.export;

/**
 * The picture in the report's overview panel, drawn by whoever made it (the map lives above this package, so the
 * report knows it only through this interface).
 */
public interface OverviewPanel {
    /** The panel's heading. */
    String title();

    /** The height the picture wants at {@code width} page pixels. */
    double height(double width);

    /** Draws the picture into the rectangle at ({@code x}, {@code y}), {@code width} × {@code height}. */
    void paint(Canvas canvas, double x, double y, double width, double height);
}
