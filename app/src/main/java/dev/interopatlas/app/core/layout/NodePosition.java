package dev.interopatlas.app.core.layout;

/** Where a node is drawn, in graph units (y grows upwards, as in GraphStream). */
public record NodePosition(double x, double y) {
}
