package dev.interopatlas.app.core.query;

import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Adjacency lookups over one immutable {@link InteropGraph}; built once, read from any thread. */
public final class GraphIndex {
    private final InteropGraph graph;
    private final Map<String, Node> nodes;
    private final Map<String, List<Edge>> outgoing = new HashMap<>();
    private final Map<String, List<Edge>> incoming = new HashMap<>();

    public GraphIndex(InteropGraph graph) {
        this.graph = graph;
        this.nodes = new LinkedHashMap<>(graph.nodes().size() * 2);
        for (Node node : graph.nodes()) {
            nodes.put(node.id(), node);
        }
        for (Edge edge : graph.edges()) {
            if (nodes.containsKey(edge.from()) && nodes.containsKey(edge.to())) {
                outgoing.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
                incoming.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge);
            }
        }
    }

    public InteropGraph graph() {
        return graph;
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Collection<Node> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    public int size() {
        return nodes.size();
    }

    /** Edges leaving {@code id}: what it depends on. */
    public List<Edge> outgoing(String id) {
        return outgoing.getOrDefault(id, List.of());
    }

    /** Edges arriving at {@code id}: what depends on it. */
    public List<Edge> incoming(String id) {
        return incoming.getOrDefault(id, List.of());
    }

    /** Number of edges pointing at {@code id}; the node's weight for sizing. */
    public int inDegree(String id) {
        return incoming(id).size();
    }
}
