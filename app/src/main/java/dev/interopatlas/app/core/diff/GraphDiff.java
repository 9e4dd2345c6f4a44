package dev.interopatlas.app.core.diff;

import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between a base release's graph and the current one, by node id (stable across releases) and by
 * edge ends and kind. Removed nodes and edges are kept whole so they can be drawn as ghosts.
 */
public record GraphDiff(String baseRelease, List<Node> addedNodes, List<Node> removedNodes, List<Edge> addedEdges,
                        List<Edge> removedEdges) {
    public GraphDiff {
        addedNodes = List.copyOf(addedNodes);
        removedNodes = List.copyOf(removedNodes);
        addedEdges = List.copyOf(addedEdges);
        removedEdges = List.copyOf(removedEdges);
    }

    public static GraphDiff between(String baseRelease, InteropGraph base, InteropGraph now) {
        Set<String> baseIds = ids(base.nodes());
        Set<String> nowIds = ids(now.nodes());
        Set<String> baseEdges = edgeKeys(base.edges());
        Set<String> nowEdges = edgeKeys(now.edges());
        return new GraphDiff(baseRelease,
                now.nodes().stream().filter(n -> !baseIds.contains(n.id())).toList(),
                base.nodes().stream().filter(n -> !nowIds.contains(n.id())).toList(),
                now.edges().stream().filter(e -> !baseEdges.contains(e.key())).toList(),
                base.edges().stream().filter(e -> !nowEdges.contains(e.key())).toList());
    }

    /** The current graph with the removed nodes and edges added back, to draw them as ghosts. */
    public InteropGraph withGhosts(InteropGraph now) {
        List<Node> nodes = new ArrayList<>(now.nodes());
        nodes.addAll(removedNodes);
        Set<String> present = ids(nodes);
        List<Edge> edges = new ArrayList<>(now.edges());
        removedEdges.stream().filter(e -> present.contains(e.from()) && present.contains(e.to())).forEach(edges::add);
        return new InteropGraph(nodes, edges);
    }

    public DiffMarks marks() {
        return new DiffMarks(ids(addedNodes), ids(removedNodes), edgeKeys(addedEdges), edgeKeys(removedEdges));
    }

    /** How many nodes of each kind were added. */
    public Map<NodeKind, Integer> addedByKind() {
        return countByKind(addedNodes);
    }

    /** How many nodes of each kind were removed. */
    public Map<NodeKind, Integer> removedByKind() {
        return countByKind(removedNodes);
    }

    /** The legend line, e.g. "vs v6.8: +3 modules, −1; +12 symbols, −0; +2 headers, −0; +1 consumers, −0; edges +40, −3". */
    public String summary() {
        Map<NodeKind, Integer> added = addedByKind();
        Map<NodeKind, Integer> removed = removedByKind();
        return "vs " + baseRelease + ": "
                + pair("modules", added, removed, NodeKind.ABSTRACTION) + "; "
                + pair("symbols", added, removed, NodeKind.C_SYMBOL, NodeKind.HELPER) + "; "
                + pair("headers", added, removed, NodeKind.C_HEADER) + "; "
                + pair("consumers", added, removed, NodeKind.CONSUMER) + "; "
                + "edges +" + addedEdges.size() + ", \u2212" + removedEdges.size();
    }

    private static String pair(String what, Map<NodeKind, Integer> added, Map<NodeKind, Integer> removed,
                               NodeKind... kinds) {
        int plus = 0;
        int minus = 0;
        for (NodeKind kind : kinds) {
            plus += added.getOrDefault(kind, 0);
            minus += removed.getOrDefault(kind, 0);
        }
        return "+" + plus + " " + what + ", \u2212" + minus;
    }

    private static Map<NodeKind, Integer> countByKind(List<Node> nodes) {
        Map<NodeKind, Integer> counts = new EnumMap<>(NodeKind.class);
        nodes.forEach(n -> counts.merge(n.kind(), 1, Integer::sum));
        return counts;
    }

    private static Set<String> ids(List<Node> nodes) {
        Set<String> ids = new HashSet<>(nodes.size() * 2);
        nodes.forEach(n -> ids.add(n.id()));
        return ids;
    }

    private static Set<String> edgeKeys(List<Edge> edges) {
        Set<String> keys = new LinkedHashSet<>(edges.size() * 2);
        edges.forEach(e -> keys.add(e.key()));
        return keys;
    }
}
