package dev.interopatlas.app.core.map;

import dev.interopatlas.model.graph.EdgeKind;
import java.util.Objects;
import java.util.Set;

/**
 * What the map draws between two boxes: every graph edge between what they stand for, merged.
 *
 * @param edges      how many graph edges it stands for (line width, tooltip)
 * @param references those edges' weights summed: references in code
 * @param kinds      the kinds of those edges
 */
public record MapEdge(String from, String to, int edges, int references, Set<EdgeKind> kinds) {
    public MapEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        kinds = Set.copyOf(kinds);
    }
}
