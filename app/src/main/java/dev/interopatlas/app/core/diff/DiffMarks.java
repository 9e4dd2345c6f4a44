package dev.interopatlas.app.core.diff;

import java.util.Set;

/**
 * What diff mode marks: node ids and edge keys ({@link dev.interopatlas.model.graph.Edge#key}) added since the base release, and those
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
}
