package dev.interopatlas.app.graphview;

import dev.interopatlas.app.core.layout.NodePosition;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.SingleGraph;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;

/**
 * Force-directed layout on demand (GraphStream's Barnes-Hut SpringBox), run on a private copy of the graph so it
 * can work on a background thread while the displayed graph is only touched on the FX thread. Seeded: the same
 * graph gives the same picture.
 */
public final class ForceLayout {
    private ForceLayout() {
    }

    /** Runs at most {@code maxSteps} steps or until stable or {@code cancelled}; returns the positions. */
    public static Map<String, NodePosition> compute(InteropGraph model, int maxSteps, BooleanSupplier cancelled) {
        Graph graph = new SingleGraph("force", false, true, model.nodes().size() + 1, model.edges().size() + 1);
        SpringBox layout = new SpringBox(false, new Random(42));
        layout.setQuality(model.nodes().size() > 2000 ? 0.1 : 0.9);
        graph.addSink(layout);
        layout.addAttributeSink(graph);
        for (Node node : model.nodes()) {
            graph.addNode(node.id());
        }
        for (Edge e : model.edges()) {
            // one spring per pair of nodes, whatever the edges' kinds and directions
            if (graph.getNode(e.from()) != null && graph.getNode(e.to()) != null
                    && !graph.getNode(e.from()).hasEdgeBetween(e.to())) {
                graph.addEdge(e.key(), e.from(), e.to(), false);
            }
        }
        for (int step = 0; step < maxSteps && !cancelled.getAsBoolean(); step++) {
            layout.compute();
            if (layout.getStabilization() >= layout.getStabilizationLimit()) {
                break;
            }
        }
        Map<String, NodePosition> positions = new LinkedHashMap<>();
        for (Node node : model.nodes()) {
            double[] xyz = GraphPosLengthUtils.nodePosition(graph, node.id());
            positions.put(node.id(), new NodePosition(xyz[0], -xyz[1])); // GraphStream's y grows upwards
        }
        graph.removeSink(layout);
        return positions;
    }
}
