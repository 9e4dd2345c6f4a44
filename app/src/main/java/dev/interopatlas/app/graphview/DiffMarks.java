package dev.interopatlas.app.graphview;

import java.util.Set;

/**
 * What diff mode marks: node ids and edge keys ({@link #edgeKey}) added since the base release, and those
 * removed (drawn as ghosts).
 */
public record DiffMarks(Set<String> addedNodes, Set<String> removedNodes, Set<String> addedEdges,
                        Set<String> removedEdges) {
    public static final DiffMarks NONE = new DiffMarks(Set.of(), Set.of(), Set.of(), Set.of());

    public DiffMarks {
        addedNodes = Set.copyOf(addedNodes);
        removedNodes = Set.copyOf(removedNodes);
        addedEdges = Set.copyOf(addedEdges);
        removedEdges = Set.copyOf(removedEdges);
    }

    /** The identity of an edge across releases: its ends and kind (weights change without it being new). */
    public static String edgeKey(dev.interopatlas.model.graph.Edge e) {
        return e.from() + "\u2192" + e.to() + "#" + e.kind();
    }
}
