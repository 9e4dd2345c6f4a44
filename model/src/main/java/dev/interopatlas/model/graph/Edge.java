package dev.interopatlas.model.graph;

import java.util.Objects;

/** A directed edge; {@code weight} is how many references in code it stands for. */
public record Edge(String from, String to, EdgeKind kind, int weight) {
    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }
}
