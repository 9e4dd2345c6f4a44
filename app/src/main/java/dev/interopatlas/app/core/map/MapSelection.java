package dev.interopatlas.app.core.map;

import dev.interopatlas.model.graph.InteropGraph;
import java.util.List;

/** Turns a {@link MapRequest} into the map and the expansion to draw. Unknown names fail with the close ones. */
public final class MapSelection {
    /** The map to draw and which of its groups are open. */
    public record Selected(AtlasMap map, Expansion expansion) {
        public MapView view() {
            return map.view(expansion);
        }
    }

    private MapSelection() {
    }

    public static Selected select(InteropGraph graph, SectionLookup sections, MapRequest request) {
        InteropGraph shown = graph;
        boolean entryView = false;
        if (request.section().isPresent()) {
            shown = EntryViews.section(graph, sections, request.section().get());
            if (shown.nodes().isEmpty()) {
                throw new IllegalArgumentException("no header, binding, module or crate of section '"
                        + request.section().get() + "' is on the map");
            }
            entryView = true;
        } else if (request.crate().isPresent()) {
            String crate = request.crate().get();
            shown = EntryViews.cratePath(graph, crate).orElseThrow(() -> new IllegalArgumentException(
                    "no consumer crate '" + crate + "'; crates: " + String.join(", ", graph.nodes().stream()
                            .filter(n -> n.kind() == dev.interopatlas.model.graph.NodeKind.CONSUMER)
                            .map(n -> n.label()).sorted().toList())));
            entryView = true;
        }
        AtlasMap map = AtlasMap.of(shown, request.groupBy(), sections);
        Expansion expansion = entryView ? map.openedUpTo(MapRequest.ENTRY_VIEW_BOXES) : Expansion.NONE;
        for (String name : request.expand()) {
            List<MapEntry> groups = map.hierarchy().entries().stream().filter(MapEntry::group)
                    .filter(e -> e.id().equals(name) || e.label().equals(name)).toList();
            if (groups.isEmpty()) {
                throw new IllegalArgumentException("no group '" + name + "' on this map; top groups: "
                        + String.join(", ", map.hierarchy().roots().stream().map(id -> map.hierarchy().entry(id)
                        .orElseThrow()).filter(MapEntry::group).map(MapEntry::label).distinct().sorted().toList()));
            }
            for (MapEntry group : groups) {
                expansion = expansion.reveal(map.hierarchy(), group.id()).expand(map.hierarchy(), group.id());
            }
        }
        return new Selected(map, expansion);
    }
}
