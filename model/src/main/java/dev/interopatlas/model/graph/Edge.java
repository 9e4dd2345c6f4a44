package dev.interopatlas.model.graph;

import java.util.Objects;

/** A directed edge; {@code weight} is how many references in code it stands for. */
public record Edge(String from, String to, EdgeKind kind, int weight) {
    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The identity of an edge across releases, its ends and kind (weights change without it being new); the one
     * spelling of an edge key, used for diffs, merges and the adapters' edge ids.
     */
    public String key() {
        return from + "\u2192" + to + "#" + kind;
    }
}
