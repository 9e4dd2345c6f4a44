package dev.interopatlas.app.core.map;

import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A graph with its group tree: gives the view to draw for any {@link Expansion}. Edges inside one column (includes,
 * module uses, helper wraps) are not drawn: the map's columns are fixed, and those edges would only run along a
 * column; queries such as blast radius still walk them in the graph.
 */
public final class AtlasMap {
    private final InteropGraph graph;
    private final Hierarchy hierarchy;
    private final Map<String, Node> nodes = new HashMap<>();
    /** Each graph node's groups, outermost first. */
    private final Map<String, List<String>> groupsAbove = new HashMap<>();

    public AtlasMap(InteropGraph graph, Hierarchy hierarchy) {
        this.graph = graph;
        this.hierarchy = hierarchy;
        for (Node node : graph.nodes()) {
            nodes.put(node.id(), node);
            List<MapEntry> path = hierarchy.pathTo(node.id());
            groupsAbove.put(node.id(), path.subList(0, path.size() - 1).stream().map(MapEntry::id).toList());
        }
    }

    /** The map of a graph grouped as asked. */
    public static AtlasMap of(InteropGraph graph, GroupBy groupBy, SectionLookup sections) {
        return new AtlasMap(graph, Grouping.build(graph, groupBy, sections));
    }

    public InteropGraph graph() {
        return graph;
    }

    public Hierarchy hierarchy() {
        return hierarchy;
    }

    /** The overview: every group closed. */
    public MapView overview() {
        return view(Expansion.NONE);
    }

    public MapView view(Expansion expansion) {
        List<MapNode> shown = new ArrayList<>();
        for (String root : hierarchy.roots()) {
            collectShown(root, expansion, shown);
        }
        Map<String, MapEdge> merged = new LinkedHashMap<>();
        for (Edge edge : graph.edges()) {
            Node from = nodes.get(edge.from());
            Node to = nodes.get(edge.to());
            if (from == null || to == null || from.layer() == to.layer()) {
                continue;
            }
            String a = drawnAs(edge.from(), expansion);
            String b = drawnAs(edge.to(), expansion);
            merged.merge(a + "\u0000" + b, new MapEdge(a, b, 1, edge.weight(), EnumSet.of(edge.kind())),
                    AtlasMap::mergeEdges);
        }
        return new MapView(shown, List.copyOf(merged.values()));
    }

    /**
     * Groups opened outermost first, in drawing order, as long as the view stays at most {@code maxBoxes} boxes: the
     * first view of a small part of the graph (a section, a crate's path) shows its members rather than one box a
     * column.
     */
    public Expansion openedUpTo(int maxBoxes) {
        Expansion expansion = Expansion.NONE;
        int boxes = hierarchy.roots().size();
        ArrayDeque<String> queue = new ArrayDeque<>(hierarchy.roots());
        while (!queue.isEmpty()) {
            MapEntry entry = hierarchy.get(queue.poll());
            if (!entry.group() || boxes + entry.children().size() - 1 > maxBoxes) {
                continue;
            }
            expansion = expansion.expand(hierarchy, entry.id());
            boxes += entry.children().size() - 1;
            queue.addAll(entry.children());
        }
        return expansion;
    }

    /** The id of the box that stands for graph node {@code nodeId} under {@code expansion}. */
    public String drawnAs(String nodeId, Expansion expansion) {
        for (String group : groupsAbove.getOrDefault(nodeId, List.of())) {
            if (!expansion.isExpanded(group)) {
                return group;
            }
        }
        return nodeId;
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    private void collectShown(String id, Expansion expansion, List<MapNode> shown) {
        MapEntry entry = hierarchy.get(id);
        if (entry.group() && expansion.isExpanded(id)) {
            entry.children().forEach(child -> collectShown(child, expansion, shown));
            return;
        }
        shown.add(new MapNode(entry.id(), entry.layer(), entry.label(), entry.group(), entry.memberCount(),
                entry.unsafeTotal(), entry.group() ? Optional.empty() : Optional.of(nodes.get(id))));
    }

    private static MapEdge mergeEdges(MapEdge a, MapEdge b) {
        Set<EdgeKind> kinds = EnumSet.copyOf(a.kinds());
        kinds.addAll(b.kinds());
        return new MapEdge(a.from(), a.to(), a.edges() + b.edges(), a.references() + b.references(), kinds);
    }
}
