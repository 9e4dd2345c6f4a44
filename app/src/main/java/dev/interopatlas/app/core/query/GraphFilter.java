package dev.interopatlas.app.core.query;

import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which nodes to show: by layer, by role (node kind: C header, C symbol, helper, abstraction, consumer) and by
 * path prefix, and optionally by MAINTAINERS section. A node without a path passes the prefix test only when the
 * prefix is empty, and never passes a subsystem test. Edges are kept when both ends are.
 */
public record GraphFilter(Set<Layer> layers, Set<NodeKind> roles, String pathPrefix, Optional<Subsystem> subsystem) {
    public static final GraphFilter ALL = new GraphFilter(EnumSet.allOf(Layer.class), EnumSet.allOf(NodeKind.class), "");

    /** Keeps nodes whose path {@code mapping} maps to {@code section} (one of possibly several sections). */
    public record Subsystem(String section, SubsystemMapping mapping) {
        public Subsystem {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(mapping, "mapping");
        }

        public boolean owns(Node node) {
            return node.path().map(p -> mapping.sectionsOf(p).contains(section)).orElse(false);
        }
    }

    public GraphFilter {
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        pathPrefix = pathPrefix == null ? "" : pathPrefix.strip();
        subsystem = subsystem == null ? Optional.empty() : subsystem;
    }

    public GraphFilter(Set<Layer> layers, Set<NodeKind> roles, String pathPrefix) {
        this(layers, roles, pathPrefix, Optional.empty());
    }

    public boolean accepts(Node node) {
        if (!layers.contains(node.layer()) || !roles.contains(node.kind())) {
            return false;
        }
        if (subsystem.isPresent() && !subsystem.get().owns(node)) {
            return false;
        }
        return pathPrefix.isEmpty() || node.path().map(p -> p.startsWith(pathPrefix)).orElse(false);
    }

    /** The same filter restricted to one MAINTAINERS section, or (empty) no longer restricted. */
    public GraphFilter withSubsystem(Optional<Subsystem> next) {
        return new GraphFilter(layers, roles, pathPrefix, next);
    }

    public GraphFilter withLayer(Layer layer, boolean shown) {
        Set<Layer> next = EnumSet.noneOf(Layer.class);
        next.addAll(layers);
        if (shown) {
            next.add(layer);
        } else {
            next.remove(layer);
        }
        return new GraphFilter(next, roles, pathPrefix, subsystem);
    }

    public GraphFilter withRole(NodeKind role, boolean shown) {
        Set<NodeKind> next = EnumSet.noneOf(NodeKind.class);
        next.addAll(roles);
        if (shown) {
            next.add(role);
        } else {
            next.remove(role);
        }
        return new GraphFilter(layers, next, pathPrefix, subsystem);
    }

    public GraphFilter withPathPrefix(String prefix) {
        return new GraphFilter(layers, roles, prefix, subsystem);
    }

    public InteropGraph apply(InteropGraph graph) {
        List<Node> kept = graph.nodes().stream().filter(this::accepts).toList();
        Set<String> ids = new HashSet<>(kept.size() * 2);
        kept.forEach(n -> ids.add(n.id()));
        List<Edge> edges = graph.edges().stream().filter(e -> ids.contains(e.from()) && ids.contains(e.to())).toList();
        return new InteropGraph(kept, edges);
    }
}
