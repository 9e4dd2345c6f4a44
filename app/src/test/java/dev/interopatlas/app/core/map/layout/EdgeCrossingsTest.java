package dev.interopatlas.app.core.map.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeCrossingsTest {
    private static Point p(double x, double y) {
        return new Point(x, y);
    }

    @Test
    void anXCountsOnce() {
        assertEquals(1, EdgeCrossings.count(List.of(List.of(p(0, 0), p(10, 10)), List.of(p(0, 10), p(10, 0)))));
    }

    @Test
    void edgesSharingAnEndOrParallelDoNotCross() {
        assertEquals(0, EdgeCrossings.count(List.of(List.of(p(0, 0), p(10, 10)), List.of(p(0, 0), p(10, 0)),
                List.of(p(0, -5), p(10, -5)))));
        // one edge's end lying on another edge is a touch, not a crossing
        assertEquals(0, EdgeCrossings.count(List.of(List.of(p(0, 0), p(10, 0)), List.of(p(5, 0), p(5, 10)))));
    }

    @Test
    void bendsAreFollowed() {
        // a horizontal line at y = 5, and a zig-zag crossing it three times: (0,0)→(2,10)→(4,0)→(6,10)
        assertEquals(3, EdgeCrossings.count(List.of(List.of(p(-1, 5), p(10, 5)),
                List.of(p(0, 0), p(2, 10), p(4, 0), p(6, 10)))));
    }

    @Test
    void anEdgeNeverCrossesItself() {
        assertEquals(0, EdgeCrossings.count(List.of(List.of(p(0, 0), p(10, 10), p(10, 0), p(0, 10)))));
    }
}
