package dev.interopatlas.app.query;

import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which nodes to show: by layer, by role (node kind: C header, C symbol, helper, abstraction, consumer) and by
 * path prefix. A node without a path passes the prefix test only when the prefix is empty. Edges are kept when
 * both ends are.
 */
public record GraphFilter(Set<Layer> layers, Set<NodeKind> roles, String pathPrefix) {
    public static final GraphFilter ALL = new GraphFilter(EnumSet.allOf(Layer.class), EnumSet.allOf(NodeKind.class), "");

    public GraphFilter {
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        pathPrefix = pathPrefix == null ? "" : pathPrefix.strip();
    }

    public boolean accepts(Node node) {
        if (!layers.contains(node.layer()) || !roles.contains(node.kind())) {
            return false;
        }
        return pathPrefix.isEmpty() || node.path().map(p -> p.startsWith(pathPrefix)).orElse(false);
    }

    public GraphFilter withLayer(Layer layer, boolean shown) {
        Set<Layer> next = EnumSet.noneOf(Layer.class);
        next.addAll(layers);
        if (shown) {
            next.add(layer);
        } else {
            next.remove(layer);
        }
        return new GraphFilter(next, roles, pathPrefix);
    }

    public GraphFilter withRole(NodeKind role, boolean shown) {
        Set<NodeKind> next = EnumSet.noneOf(NodeKind.class);
        next.addAll(roles);
        if (shown) {
            next.add(role);
        } else {
            next.remove(role);
        }
        return new GraphFilter(layers, next, pathPrefix);
    }

    public GraphFilter withPathPrefix(String prefix) {
        return new GraphFilter(layers, roles, prefix);
    }

    public InteropGraph apply(InteropGraph graph) {
        List<Node> kept = graph.nodes().stream().filter(this::accepts).toList();
        Set<String> ids = new HashSet<>(kept.size() * 2);
        kept.forEach(n -> ids.add(n.id()));
        List<Edge> edges = graph.edges().stream().filter(e -> ids.contains(e.from()) && ids.contains(e.to())).toList();
        return new InteropGraph(kept, edges);
    }
}
