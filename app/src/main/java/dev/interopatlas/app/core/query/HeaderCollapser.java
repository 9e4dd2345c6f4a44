package dev.interopatlas.app.core.query;

import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeId;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.graph.NodeMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replaces the C headers of each directory by one node {@code headerdir:include/linux} so the left column stays
 * readable. Edges are redirected to the directory node and merged (weights summed); edges that become loops
 * (a header including a sibling) are dropped. Metrics are summed and {@code headers} counts the members.
 */
public final class HeaderCollapser {
    private HeaderCollapser() {
    }

    public static InteropGraph collapse(InteropGraph graph) {
        Map<String, String> representative = new HashMap<>();
        Map<String, List<Node>> members = new LinkedHashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (Node node : graph.nodes()) {
            if (node.kind() == NodeKind.C_HEADER) {
                String dir = directoryOf(node.path().orElse(node.label()));
                representative.put(node.id(), NodeId.headerDirectory(dir).toString());
                members.computeIfAbsent(dir, k -> new ArrayList<>()).add(node);
            } else {
                nodes.add(node);
            }
        }
        List<Node> dirNodes = new ArrayList<>();
        members.forEach((dir, list) -> {
            Map<String, Integer> metrics = new HashMap<>();
            list.forEach(n -> n.metrics().forEach((k, v) -> metrics.merge(k, v, Integer::sum)));
            metrics.put(NodeMetrics.HEADERS, list.size());
            dirNodes.add(new Node(NodeId.headerDirectory(dir).toString(), NodeKind.C_HEADER, dir + "/ (" + list.size() + ")", Optional.of(dir),
                    Optional.empty(), Optional.of("header directory"), metrics));
        });
        dirNodes.addAll(nodes);
        Map<String, Edge> merged = new LinkedHashMap<>();
        for (Edge e : graph.edges()) {
            String from = representative.getOrDefault(e.from(), e.from());
            String to = representative.getOrDefault(e.to(), e.to());
            if (from.equals(to)) {
                continue;
            }
            Edge edge = new Edge(from, to, e.kind(), e.weight());
            merged.merge(edge.key(), edge, (a, b) -> new Edge(a.from(), a.to(), a.kind(), a.weight() + b.weight()));
        }
        return new InteropGraph(dirNodes, new ArrayList<>(merged.values()));
    }

    static String directoryOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "." : path.substring(0, slash);
    }
}
