package dev.interopatlas.app.core.layout;

/**
 * Where a node is drawn, in graph units, y growing downwards as on a page and in pixels (the GraphStream adapter
 * turns it upwards for its camera).
 */
public record NodePosition(double x, double y) {
}
