package dev.interopatlas.app.core.map.layout;

/** A point of the drawing, y growing downwards (as in SVG and on a JavaFX canvas). */
public record Point(double x, double y) {
}
