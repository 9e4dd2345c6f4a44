package dev.interopatlas.app.core.query;

import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything that transitively depends on a node. Edges point from the dependent to its dependency, except
 * {@link EdgeKind#DECLARES} (header → symbol), where the symbol depends on its header; so a header's blast
 * radius reaches the headers including it, the symbols they declare, and every helper, abstraction and consumer
 * that binds or uses those.
 *
 * @param origin     the node whose change is considered
 * @param reached    every dependent node, the origin excluded
 * @param rustImpact the reached abstractions and consumers, sorted by layer then label: what the list shows
 */
public record BlastRadius(String origin, Set<String> reached, List<Node> rustImpact) {

    public static BlastRadius of(GraphIndex index, String origin) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(origin);
        Deque<String> queue = new ArrayDeque<>();
        queue.add(origin);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (Edge e : index.incoming(id)) {
                if (e.kind() != EdgeKind.DECLARES && seen.add(e.from())) {
                    queue.add(e.from());
                }
            }
            for (Edge e : index.outgoing(id)) {
                if (e.kind() == EdgeKind.DECLARES && seen.add(e.to())) {
                    queue.add(e.to());
                }
            }
        }
        seen.remove(origin);
        List<Node> rust = seen.stream().map(index::node).flatMap(java.util.Optional::stream)
                .filter(n -> n.layer() == Layer.ABSTRACTIONS || n.layer() == Layer.CONSUMERS)
                .sorted(Comparator.comparing(Node::layer).thenComparing(Node::label))
                .toList();
        return new BlastRadius(origin, Set.copyOf(seen), rust);
    }
}
