package dev.interopatlas.app.core.layout;

import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our own layered layout: one band per {@link Layer}, left to right (C headers, bindings, abstractions,
 * consumers). Within a band nodes are ordered by the barycenter of their neighbours in the other bands, a few
 * sweeps each way, to reduce crossings. A band taller than {@code maxRows} wraps into several sub-columns so a
 * 10,000-node graph keeps a readable aspect ratio. Pure computation: safe off the FX thread.
 */
public final class LayeredLayout {
    static final double ROW = 1.0;
    static final double SUB_COLUMN = 4.5;
    /** Width over height the layout aims at: about the shape of the graph pane. */
    static final double ASPECT = 1.6;
    private static final int SWEEPS = 4;

    private LayeredLayout() {
    }

    public static Map<String, NodePosition> compute(InteropGraph graph) {
        Map<Layer, List<Node>> bands = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            bands.put(layer, new ArrayList<>());
        }
        graph.nodes().forEach(n -> bands.get(n.layer()).add(n));
        // Path order first, so headers of one directory start together.
        bands.values().forEach(b -> b.sort(Comparator.comparing((Node n) -> n.path().orElse("")).thenComparing(Node::label)));

        Map<String, Double> rank = new HashMap<>(graph.nodes().size() * 2);
        bands.values().forEach(b -> assignRanks(b, rank));
        Map<String, List<String>> neighbours = new HashMap<>();
        Map<String, Layer> layerOf = new HashMap<>();
        graph.nodes().forEach(n -> layerOf.put(n.id(), n.layer()));
        for (Edge e : graph.edges()) {
            Layer a = layerOf.get(e.from());
            Layer b = layerOf.get(e.to());
            if (a != null && b != null && a != b) {
                neighbours.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
                neighbours.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
            }
        }
        Layer[] order = Layer.values();
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean forward = sweep % 2 == 0;
            for (int i = 0; i < order.length; i++) {
                Layer layer = order[forward ? i : order.length - 1 - i];
                reorder(bands.get(layer), neighbours, rank);
            }
        }

        int total = graph.nodes().size();
        int maxRows = rowsForAspect(bands);
        Map<String, NodePosition> positions = new LinkedHashMap<>(total * 2);
        double x = 0;
        double bandGap = bandGap(maxRows);
        for (Layer layer : order) {
            List<Node> band = bands.get(layer);
            if (band.isEmpty()) {
                continue;
            }
            int rows = Math.min(band.size(), maxRows);
            int subColumns = (band.size() + rows - 1) / rows;
            for (int i = 0; i < band.size(); i++) {
                int sub = i / rows;
                int row = i % rows;
                positions.put(band.get(i).id(), new NodePosition(x + sub * SUB_COLUMN, (row - (rows - 1) / 2.0) * ROW));
            }
            x += (subColumns - 1) * SUB_COLUMN + bandGap;
        }
        return positions;
    }

    /** The fewest rows per column for which the drawing is at most {@code ASPECT} times wider than tall. */
    static int rowsForAspect(Map<Layer, List<Node>> bands) {
        int largest = bands.values().stream().mapToInt(List::size).max().orElse(1);
        int rows = Math.max(1, Math.min(largest, 20));
        while (rows < largest && width(bands, rows) > ASPECT * rows) {
            rows = Math.min(largest, (int) Math.ceil(rows * 1.1));
        }
        return rows;
    }

    private static double width(Map<Layer, List<Node>> bands, int rows) {
        double width = 0;
        int nonEmpty = 0;
        for (List<Node> band : bands.values()) {
            if (!band.isEmpty()) {
                width += ((band.size() + rows - 1) / rows - 1) * SUB_COLUMN;
                nonEmpty++;
            }
        }
        return width + Math.max(0, nonEmpty - 1) * bandGap(rows);
    }

    private static double bandGap(int rows) {
        return Math.max(6, rows * 0.25);
    }

    private static void assignRanks(List<Node> band, Map<String, Double> rank) {
        int n = band.size();
        for (int i = 0; i < n; i++) {
            rank.put(band.get(i).id(), n == 1 ? 0.5 : (double) i / (n - 1));
        }
    }

    private static void reorder(List<Node> band, Map<String, List<String>> neighbours, Map<String, Double> rank) {
        if (band.size() < 2) {
            return;
        }
        Map<String, Double> barycenter = new HashMap<>(band.size() * 2);
        for (Node node : band) {
            List<String> adj = neighbours.getOrDefault(node.id(), List.of());
            double own = rank.get(node.id());
            if (adj.isEmpty()) {
                barycenter.put(node.id(), own);
            } else {
                double sum = 0;
                for (String other : adj) {
                    sum += rank.get(other);
                }
                barycenter.put(node.id(), sum / adj.size());
            }
        }
        band.sort(Comparator.comparingDouble((Node n) -> barycenter.get(n.id())).thenComparing(Node::id));
        assignRanks(band, rank);
    }
}
