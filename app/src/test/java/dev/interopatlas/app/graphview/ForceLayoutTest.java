package dev.interopatlas.app.graphview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.layout.NodePosition;
import dev.interopatlas.app.core.load.SyntheticGraph;
import dev.interopatlas.model.graph.InteropGraph;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {
    @Test
    void placesEveryNodeAtAFinitePositionAndIsDeterministic() {
        InteropGraph g = SyntheticGraph.graph(200, 5);
        Map<String, NodePosition> a = ForceLayout.compute(g, 100, () -> false);
        Map<String, NodePosition> b = ForceLayout.compute(g, 100, () -> false);
        assertEquals(g.nodes().size(), a.size());
        assertTrue(a.values().stream().allMatch(p -> Double.isFinite(p.x()) && Double.isFinite(p.y())));
        assertEquals(a, b);
        assertTrue(a.values().stream().map(p -> p.x() + "," + p.y()).distinct().count() > g.nodes().size() / 2,
                "nodes are spread out");
    }

    @Test
    void stopsWhenCancelled() {
        InteropGraph g = SyntheticGraph.graph(3000, 5);
        long t = System.nanoTime();
        Map<String, NodePosition> p = ForceLayout.compute(g, 100_000, () -> true);
        assertEquals(g.nodes().size(), p.size());
        assertTrue((System.nanoTime() - t) / 1_000_000 < 5_000);
    }
}
