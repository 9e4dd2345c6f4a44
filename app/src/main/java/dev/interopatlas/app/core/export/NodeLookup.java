package dev.interopatlas.app.core.export;

import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the node a user names on the command line: by id ({@code module:kernel::sync::arc}), exact label or
 * exact path; when nothing matches, the closest names help the user retype it.
 */
public final class NodeLookup {
    private final InteropGraph graph;

    public NodeLookup(InteropGraph graph) {
        this.graph = graph;
    }

    /** The node with this id, else the only node with this label or path (an id wins over labels). */
    public Optional<Node> find(String spec) {
        Optional<Node> byId = graph.nodes().stream().filter(n -> n.id().equals(spec)).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        return graph.nodes().stream()
                .filter(n -> n.label().equals(spec) || n.path().map(spec::equals).orElse(false))
                .min(Comparator.comparing(Node::id));
    }

    /** Up to {@code limit} node ids close to {@code spec}: containing it first, then by edit distance. */
    public List<String> closeMatches(String spec, int limit) {
        String wanted = spec.toLowerCase(Locale.ROOT);
        return graph.nodes().stream()
                .map(n -> new Scored(n.id(), score(wanted, n)))
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::id))
                .limit(limit)
                .map(Scored::id)
                .toList();
    }

    private record Scored(String id, int score) {
    }

    private static int score(String wanted, Node node) {
        String id = node.id().toLowerCase(Locale.ROOT);
        String label = node.label().toLowerCase(Locale.ROOT);
        if (id.contains(wanted) || label.contains(wanted)) {
            return Math.abs(label.length() - wanted.length()) - 1000;
        }
        String bare = id.substring(id.indexOf(':') + 1);
        return Math.min(distance(wanted, bare), distance(wanted, label));
    }

    /** Levenshtein distance, bounded work: names are short. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
