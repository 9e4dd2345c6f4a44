package dev.interopatlas.app.core.search;

import dev.interopatlas.app.core.query.GraphIndex;
import dev.interopatlas.model.graph.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranked search over headers, symbols, helpers, modules and drivers. Rank (lower is better): exact label, label
 * prefix, prefix of a label segment (after {@code / _ :: .}), label substring, path substring. Ties go to the
 * node more things depend on, then the shorter label, then alphabetical order.
 */
public final class SearchIndex {
    private record Entry(Node node, String label, String path, int inDegree) {
    }

    private final List<Entry> entries;

    public SearchIndex(GraphIndex index) {
        entries = new ArrayList<>(index.size());
        for (Node node : index.nodes()) {
            entries.add(new Entry(node, node.label().toLowerCase(Locale.ROOT),
                    node.path().orElse("").toLowerCase(Locale.ROOT), index.inDegree(node.id())));
        }
    }

    public List<SearchHit> search(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        record Scored(Entry entry, int rank) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Entry e : entries) {
            int rank = rank(e, q);
            if (rank >= 0) {
                scored.add(new Scored(e, rank));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::rank)
                .thenComparingInt(s -> -s.entry().inDegree())
                .thenComparingInt(s -> s.entry().label().length())
                .thenComparing(s -> s.entry().node().label()));
        List<SearchHit> hits = scored.stream().limit(limit)
                .map(s -> new SearchHit(s.entry().node(), s.rank(), category(s.entry().node()))).toList();
        return hits;
    }

    private static int rank(Entry e, String q) {
        if (e.label().equals(q)) {
            return 0;
        }
        if (e.label().startsWith(q)) {
            return 1;
        }
        int at = e.label().indexOf(q);
        if (at > 0) {
            char before = e.label().charAt(at - 1);
            boolean segment = before == '/' || before == '_' || before == ':' || before == '.';
            if (!segment) {
                int next = e.label().indexOf(q, at + 1);
                while (next > 0 && !segment) {
                    char b = e.label().charAt(next - 1);
                    segment = b == '/' || b == '_' || b == ':' || b == '.';
                    next = e.label().indexOf(q, next + 1);
                }
            }
            return segment ? 2 : 3;
        }
        return e.path().contains(q) ? 4 : -1;
    }

    static String category(Node node) {
        return switch (node.kind()) {
            case C_HEADER -> "header";
            case C_SYMBOL -> "symbol";
            case HELPER -> "helper";
            case ABSTRACTION -> "module";
            case CONSUMER -> "crate";
        };
    }
}
