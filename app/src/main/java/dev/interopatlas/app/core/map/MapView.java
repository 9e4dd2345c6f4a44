package dev.interopatlas.app.core.map;

import java.util.List;

/** The immutable graph of boxes and merged edges that the screen and the export both draw. */
public record MapView(List<MapNode> nodes, List<MapEdge> edges) {
    public MapView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public long groupCount() {
        return nodes.stream().filter(MapNode::group).count();
    }
}
