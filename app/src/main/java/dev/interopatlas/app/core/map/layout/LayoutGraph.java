package dev.interopatlas.app.core.map.layout;

import java.util.List;

/** What a {@link MapLayout} places: boxes and the lines between them. */
public record LayoutGraph(List<LayoutNode> nodes, List<LayoutEdge> edges) {
    public LayoutGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
