package dev.interopatlas.app.ui.details;

import dev.interopatlas.app.core.query.GraphIndex;
import dev.interopatlas.model.graph.BidiControls;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.FileMetrics;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the details pane shows for one node: facts, metrics, its edges as links to other nodes and, for a consumer
 * crate, its files with their own figures.
 */
public record NodeDetails(Node node, String kind, String location, Map<String, Integer> metrics,
                          List<Link> outgoing, List<Link> incoming, List<CrateFile> files) {

    /** An edge as seen from the node: the node at the other end and why they are connected. */
    public record Link(String nodeId, String label, String edgeKind, int weight) {
        @Override
        public String toString() {
            return edgeKind.toLowerCase(java.util.Locale.ROOT) + "  " + label + (weight > 1 ? "  \u00d7" + weight : "");
        }
    }

    /** A file of a crate with its per-file figures. */
    public record CrateFile(String path, int lines, int unsafeTotal, int bindings) {
        @Override
        public String toString() {
            return BidiControls.escape(path) + "  \u00b7 " + lines + " lines" + (unsafeTotal > 0 ? " \u00b7 " + unsafeTotal + " unsafe" : "")
                    + (bindings > 0 ? " \u00b7 " + bindings + " bindings" : "");
        }
    }

    public static NodeDetails of(GraphIndex index, Node node) {
        return of(index, node, Optional.empty());
    }

    /** @param kernelIndex the index the graph comes from, which lists a consumer crate's files */
    public static NodeDetails of(GraphIndex index, Node node, Optional<KernelIndex> kernelIndex) {
        // names from the tree are shown with their bidi controls escaped, as everywhere (BidiControls)
        String location = node.path().map(BidiControls::escape).map(p -> node.line().map(l -> p + ":" + l).orElse(p))
                .orElse("");
        String kind = node.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + node.detail().map(d -> " (" + d + ")").orElse("") + " \u2014 " + node.layer().title();
        return new NodeDetails(node, kind, location, new TreeMap<>(node.metrics()),
                links(index, index.outgoing(node.id()), true), links(index, index.incoming(node.id()), false),
                kernelIndex.map(k -> filesOf(k, node)).orElse(List.of()));
    }

    /** The files of the crate a consumer node stands for (the crate rooted at the node's path). */
    private static List<CrateFile> filesOf(KernelIndex index, Node node) {
        if (node.kind() != NodeKind.CONSUMER || node.path().isEmpty()) {
            return List.of();
        }
        Map<String, FileMetrics> byPath = index.files().stream()
                .collect(Collectors.toMap(FileMetrics::path, f -> f, (a, b) -> a));
        return index.crates().stream().filter(c -> c.root().equals(node.path().get())).findFirst()
                .map(c -> c.files().stream().map(byPath::get).filter(Objects::nonNull)
                        .map(f -> new CrateFile(f.path(), f.lines(), f.unsafeTotal(), f.bindings().size())).toList())
                .orElse(List.of());
    }

    private static List<Link> links(GraphIndex index, List<Edge> edges, boolean outgoing) {
        return edges.stream().map(e -> {
            String other = outgoing ? e.to() : e.from();
            String label = BidiControls.escape(index.node(other).map(Node::label).orElse(other));
            return new Link(other, label, e.kind().name(), e.weight());
        }).sorted(Comparator.comparing(Link::edgeKind).thenComparing(Link::label)).toList();
    }
}
