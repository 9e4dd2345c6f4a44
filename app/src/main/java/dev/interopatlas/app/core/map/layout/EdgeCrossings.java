package dev.interopatlas.app.core.map.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts where drawn edges cross: every pair of straight segments (bends included) of two different edges that
 * cross at a point inside both. Edges meeting at a shared box, touching, or running along each other do not count,
 * so the figure does not depend on where a layout attaches edges to boxes.
 */
public final class EdgeCrossings {
    private record Segment(int edge, double x1, double y1, double x2, double y2) {
        double minX() {
            return Math.min(x1, x2);
        }

        double maxX() {
            return Math.max(x1, x2);
        }
    }

    private EdgeCrossings() {
    }

    public static long count(List<List<Point>> polylines) {
        List<Segment> segments = new ArrayList<>();
        for (int e = 0; e < polylines.size(); e++) {
            List<Point> line = polylines.get(e);
            for (int i = 0; i + 1 < line.size(); i++) {
                Point a = line.get(i);
                Point b = line.get(i + 1);
                if (a.x() != b.x() || a.y() != b.y()) {
                    segments.add(new Segment(e, a.x(), a.y(), b.x(), b.y()));
                }
            }
        }
        segments.sort(Comparator.comparingDouble(Segment::minX));
        long crossings = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            for (int j = i + 1; j < segments.size() && segments.get(j).minX() <= s.maxX(); j++) {
                Segment t = segments.get(j);
                if (s.edge() != t.edge() && crossProperly(s, t)) {
                    crossings++;
                }
            }
        }
        return crossings;
    }

    private static boolean crossProperly(Segment s, Segment t) {
        double d1 = side(t.x1(), t.y1(), t.x2(), t.y2(), s.x1(), s.y1());
        double d2 = side(t.x1(), t.y1(), t.x2(), t.y2(), s.x2(), s.y2());
        double d3 = side(s.x1(), s.y1(), s.x2(), s.y2(), t.x1(), t.y1());
        double d4 = side(s.x1(), s.y1(), s.x2(), s.y2(), t.x2(), t.y2());
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    /** Sign of the turn from segment (a→b) to point c, with a tolerance so that endpoints on a line count as on it. */
    private static double side(double ax, double ay, double bx, double by, double cx, double cy) {
        double cross = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        double scale = Math.max(1e-12, Math.hypot(bx - ax, by - ay) * Math.hypot(cx - ax, cy - ay));
        return Math.abs(cross) <= 1e-9 * scale ? 0 : Math.signum(cross);
    }
}
