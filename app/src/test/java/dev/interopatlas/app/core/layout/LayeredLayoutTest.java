package dev.interopatlas.app.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.load.SyntheticGraph;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {
    @Test
    void layersAreColumnsFromLeftToRight() {
        InteropGraph g = SyntheticGraph.graph(2000, 7);
        Map<String, NodePosition> p = LayeredLayout.compute(g);
        assertEquals(g.nodes().size(), p.size());
        double previousMax = Double.NEGATIVE_INFINITY;
        for (Layer layer : Layer.values()) {
            double min = g.nodes().stream().filter(n -> n.layer() == layer).mapToDouble(n -> p.get(n.id()).x()).min().orElseThrow();
            double max = g.nodes().stream().filter(n -> n.layer() == layer).mapToDouble(n -> p.get(n.id()).x()).max().orElseThrow();
            assertTrue(min > previousMax, layer + " starts right of the previous layer");
            previousMax = max;
        }
    }

    @Test
    void theFirstNodeOfABandIsAtTheTopWithYGrowingDownwards() {
        // three unconnected headers: path order h0, h1, h2 from the top, the band centred on y = 0 (rows - 1) / 2
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            nodes.add(new Node("header:h" + i, NodeKind.C_HEADER, "h" + i, Optional.of("h" + i + ".h"), Optional.empty(),
                    Optional.empty(), Map.of()));
        }
        Map<String, NodePosition> p = LayeredLayout.compute(new InteropGraph(nodes, List.of()));
        assertEquals(-LayeredLayout.ROW, p.get("header:h0").y());
        assertEquals(0.0, p.get("header:h1").y());
        assertEquals(LayeredLayout.ROW, p.get("header:h2").y());
    }

    @Test
    void barycenterOrderingUncrossesAZigZag() {
        // Headers h0..h3 in path order; symbol s_i is declared by header h_(3-i): path order would cross every edge.
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nodes.add(new Node("header:h" + i, NodeKind.C_HEADER, "h" + i, Optional.of("h" + i + ".h"), Optional.empty(), Optional.empty(), Map.of()));
            nodes.add(new Node("symbol:s" + i, NodeKind.C_SYMBOL, "s" + i, Optional.of("s" + i), Optional.empty(), Optional.empty(), Map.of()));
            edges.add(new Edge("header:h" + (3 - i), "symbol:s" + i, EdgeKind.DECLARES, 1));
        }
        InteropGraph g = new InteropGraph(nodes, edges);
        Map<String, NodePosition> p = LayeredLayout.compute(g);
        assertEquals(0, crossings(g, p));
    }

    @Test
    void largeBandsWrapIntoSubColumnsKeepingAReadableAspect() {
        InteropGraph g = SyntheticGraph.graph(10_000, 3);
        Map<String, NodePosition> p = LayeredLayout.compute(g);
        double width = p.values().stream().mapToDouble(NodePosition::x).max().orElseThrow()
                - p.values().stream().mapToDouble(NodePosition::x).min().orElseThrow();
        double height = p.values().stream().mapToDouble(NodePosition::y).max().orElseThrow()
                - p.values().stream().mapToDouble(NodePosition::y).min().orElseThrow();
        assertTrue(width / height > 0.5 && width / height < 8, "aspect " + width / height);
    }

    private static int crossings(InteropGraph g, Map<String, NodePosition> p) {
        int count = 0;
        List<Edge> e = g.edges();
        for (int i = 0; i < e.size(); i++) {
            for (int j = i + 1; j < e.size(); j++) {
                double a1 = p.get(e.get(i).from()).y();
                double a2 = p.get(e.get(i).to()).y();
                double b1 = p.get(e.get(j).from()).y();
                double b2 = p.get(e.get(j).to()).y();
                if ((a1 - b1) * (a2 - b2) < 0) {
                    count++;
                }
            }
        }
        return count;
    }
}
