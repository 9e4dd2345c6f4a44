package dev.interopatlas.model.graph;

import java.util.List;

/** The typed interop graph of one tree or release. Node ids are unique; edges reference them. */
public record InteropGraph(List<Node> nodes, List<Edge> edges) {
    public InteropGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
