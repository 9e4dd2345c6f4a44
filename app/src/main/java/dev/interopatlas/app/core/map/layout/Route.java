package dev.interopatlas.app.core.map.layout;

import java.util.List;

/**
 * The polyline of one edge: its start on one box, its bends, its end on the other box, in the edge's own direction
 * (from its {@code from} box to its {@code to} box).
 */
public record Route(String edgeId, List<Point> points) {
    public Route {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a route needs a start and an end: " + edgeId);
        }
    }

    public Point start() {
        return points.get(0);
    }

    public Point end() {
        return points.get(points.size() - 1);
    }
}
