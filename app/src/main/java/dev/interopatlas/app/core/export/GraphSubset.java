package dev.interopatlas.app.core.export;

import dev.interopatlas.app.core.query.GraphFilter;
import dev.interopatlas.app.core.query.GraphIndex;
import dev.interopatlas.app.core.query.Neighbourhood;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The part of a graph an export shows: some layers, optionally only the neighbourhood of one node. */
public final class GraphSubset {
    private GraphSubset() {
    }

    /**
     * @param focus the centre node id and the number of hops around it (both directions, as the explorer's focus)
     */
    public static InteropGraph select(InteropGraph graph, Set<Layer> layers, Optional<String> focus, int hops) {
        GraphFilter filter = GraphFilter.ALL;
        for (Layer layer : Layer.values()) {
            filter = filter.withLayer(layer, layers.contains(layer));
        }
        InteropGraph shown = filter.apply(graph);
        if (focus.isEmpty()) {
            return shown;
        }
        Set<String> near = Neighbourhood.around(new GraphIndex(shown), focus.get(), hops).keySet();
        List<Node> nodes = shown.nodes().stream().filter(n -> near.contains(n.id())).toList();
        List<Edge> edges = shown.edges().stream()
                .filter(e -> near.contains(e.from()) && near.contains(e.to())).toList();
        return new InteropGraph(nodes, edges);
    }

    /** Parses "c-headers,bindings,abstractions,consumers" (any subset, any order). */
    public static Set<Layer> parseLayers(List<String> names) {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        for (String raw : names) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            layers.add(switch (name) {
                case "c-headers", "headers", "c" -> Layer.C_HEADERS;
                case "bindings" -> Layer.BINDINGS;
                case "abstractions" -> Layer.ABSTRACTIONS;
                case "consumers" -> Layer.CONSUMERS;
                default -> throw new IllegalArgumentException("unknown layer '" + raw
                        + "'; layers are c-headers, bindings, abstractions, consumers");
            });
        }
        return layers;
    }
}
