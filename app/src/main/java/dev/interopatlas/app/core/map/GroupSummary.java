package dev.interopatlas.app.core.map;

import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the details pane says about a group: its name, column, size, unsafe total, and its members with the most
 * unsafe code first (then by name), as a way in.
 */
public record GroupSummary(String id, String label, Layer layer, int memberCount, int unsafeTotal,
                           List<Node> topMembers) {
    public GroupSummary {
        topMembers = List.copyOf(topMembers);
    }

    /** The summary of group {@code id} of {@code map}, with at most {@code limit} members listed. */
    public static GroupSummary of(AtlasMap map, String id, int limit) {
        MapEntry group = map.hierarchy().entry(id).filter(MapEntry::group)
                .orElseThrow(() -> new IllegalArgumentException("not a group of the map: " + id));
        List<Node> members = new ArrayList<>();
        collect(map, group, members);
        members.sort(Comparator.comparingInt((Node n) -> -n.metric("unsafeTotal")).thenComparing(Node::label));
        return new GroupSummary(id, group.label(), group.layer(), group.memberCount(), group.unsafeTotal(),
                members.subList(0, Math.min(limit, members.size())));
    }

    private static void collect(AtlasMap map, MapEntry entry, List<Node> into) {
        for (String child : entry.children()) {
            MapEntry c = map.hierarchy().entry(child).orElseThrow();
            if (c.group()) {
                collect(map, c, into);
            } else {
                map.node(child).ifPresent(into::add);
            }
        }
    }
}
