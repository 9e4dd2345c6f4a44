package dev.interopatlas.app.core.map;

import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The two ways into the map besides the overview, as parts of the graph that are then grouped like the whole:
 * a MAINTAINERS section seen from Rust, and what one crate stands on down to the C headers.
 */
public final class EntryViews {
    private EntryViews() {
    }

    /**
     * A section's headers, the C symbols and helpers Rust binds from files the section owns (with the helpers that
     * wrap those symbols), the kernel-crate modules that bind them or whose file the section owns, and the consumer
     * crates that bind them, use those modules, or have their root in the section.
     */
    public static InteropGraph section(InteropGraph graph, SectionLookup sections, String section) {
        Set<String> chosen = new HashSet<>();
        Set<String> bound = new HashSet<>();
        for (Node node : graph.nodes()) {
            if (node.path().map(p -> sections.sectionsOf(p).contains(section)).orElse(false)) {
                chosen.add(node.id());
                if (node.layer() == Layer.BINDINGS) {
                    bound.add(node.id());
                }
            }
        }
        Map<String, Node> nodes = byId(graph);
        for (Edge edge : graph.edges()) {
            if (edge.kind() == EdgeKind.WRAPS && bound.contains(edge.to())) {
                chosen.add(edge.from());
                bound.add(edge.from());
            }
        }
        Set<String> modules = new HashSet<>();
        for (Edge edge : graph.edges()) {
            if (edge.kind() == EdgeKind.BINDS && bound.contains(edge.to())) {
                chosen.add(edge.from());
                if (kindOf(nodes, edge.from()) == NodeKind.ABSTRACTION) {
                    modules.add(edge.from());
                }
            }
        }
        chosen.stream().filter(id -> kindOf(nodes, id) == NodeKind.ABSTRACTION).forEach(modules::add);
        for (Edge edge : graph.edges()) {
            if (edge.kind() == EdgeKind.USES && modules.contains(edge.to())
                    && kindOf(nodes, edge.from()) == NodeKind.CONSUMER) {
                chosen.add(edge.from());
            }
        }
        return subgraph(graph, chosen);
    }

    /**
     * A consumer crate, the kernel-crate modules it uses, the C symbols and helpers it or they bind (and the
     * symbols those helpers wrap), and the headers that declare them.
     *
     * @param crate a consumer id ({@code consumer:nova_core}) or a crate name
     */
    public static Optional<InteropGraph> cratePath(InteropGraph graph, String crate) {
        Map<String, Node> nodes = byId(graph);
        Optional<Node> consumer = Optional.ofNullable(nodes.get(crate)).or(() -> graph.nodes().stream()
                .filter(n -> n.kind() == NodeKind.CONSUMER && n.label().equals(crate)).findFirst())
                .filter(n -> n.kind() == NodeKind.CONSUMER);
        if (consumer.isEmpty()) {
            return Optional.empty();
        }
        Set<String> users = new HashSet<>(Set.of(consumer.get().id()));
        for (Edge edge : graph.edges()) {
            if (edge.kind() == EdgeKind.USES && edge.from().equals(consumer.get().id())) {
                users.add(edge.to());
            }
        }
        Set<String> chosen = new HashSet<>(users);
        Set<String> bound = new HashSet<>();
        for (Edge edge : graph.edges()) {
            if (edge.kind() == EdgeKind.BINDS && users.contains(edge.from())) {
                bound.add(edge.to());
            }
        }
        for (Edge edge : graph.edges()) {
            if (edge.kind() == EdgeKind.WRAPS && bound.contains(edge.from())) {
                chosen.add(edge.to());
            }
        }
        chosen.addAll(bound);
        for (Edge edge : graph.edges()) {
            if (edge.kind() == EdgeKind.DECLARES && chosen.contains(edge.to())) {
                chosen.add(edge.from());
            }
        }
        return Optional.of(subgraph(graph, chosen));
    }

    /** The chosen nodes, in graph order, and every edge between two of them. */
    static InteropGraph subgraph(InteropGraph graph, Set<String> chosen) {
        List<Node> nodes = graph.nodes().stream().filter(n -> chosen.contains(n.id())).toList();
        List<Edge> edges = graph.edges().stream().filter(e -> chosen.contains(e.from()) && chosen.contains(e.to()))
                .toList();
        return new InteropGraph(nodes, edges);
    }

    private static Map<String, Node> byId(InteropGraph graph) {
        Map<String, Node> nodes = new HashMap<>();
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
        return nodes;
    }

    private static NodeKind kindOf(Map<String, Node> nodes, String id) {
        Node node = nodes.get(id);
        return node == null ? null : node.kind();
    }
}
