package dev.interopatlas.app.ui.details;

import dev.interopatlas.app.query.GraphIndex;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.Node;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the details pane shows for one node: facts, metrics and its edges as links to other nodes. */
public record NodeDetails(Node node, String kind, String location, Map<String, Integer> metrics,
                          List<Link> outgoing, List<Link> incoming) {

    /** An edge as seen from the node: the node at the other end and why they are connected. */
    public record Link(String nodeId, String label, String edgeKind, int weight) {
        @Override
        public String toString() {
            return edgeKind.toLowerCase(java.util.Locale.ROOT) + "  " + label + (weight > 1 ? "  \u00d7" + weight : "");
        }
    }

    public static NodeDetails of(GraphIndex index, Node node) {
        String location = node.path().map(p -> node.line().map(l -> p + ":" + l).orElse(p)).orElse("");
        String kind = node.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + node.detail().map(d -> " (" + d + ")").orElse("") + " \u2014 " + node.layer().title();
        return new NodeDetails(node, kind, location, new TreeMap<>(node.metrics()),
                links(index, index.outgoing(node.id()), true), links(index, index.incoming(node.id()), false));
    }

    private static List<Link> links(GraphIndex index, List<Edge> edges, boolean outgoing) {
        return edges.stream().map(e -> {
            String other = outgoing ? e.to() : e.from();
            String label = index.node(other).map(Node::label).orElse(other);
            return new Link(other, label, e.kind().name(), e.weight());
        }).sorted(Comparator.comparing(Link::edgeKind).thenComparing(Link::label)).toList();
    }
}
