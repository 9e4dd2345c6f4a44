package dev.interopatlas.app.core.map;

import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.impact.DeclarationChange;
import dev.interopatlas.model.impact.ImpactReport;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The part of the newer side's graph an impact report reaches: each listed change's path (its header, the C symbols
 * and helpers that bind it, the modules and crates that name them directly or use those modules), with the edges
 * between them, to be grouped and drawn like the map.
 */
public final class ImpactView {
    private ImpactView() {
    }

    /** Every node on a listed change's path, in graph order, and the edges between two of them. */
    public static InteropGraph subgraph(InteropGraph graph, ImpactReport report) {
        Set<String> chosen = new HashSet<>();
        report.changes().forEach(change -> chosen.addAll(change.nodes()));
        return EntryViews.subgraph(graph, chosen);
    }

    /**
     * The changed declarations themselves: the C symbols and helpers on the paths (headers, modules and crates are
     * only reached through them).
     */
    public static Set<String> changed(InteropGraph graph, ImpactReport report) {
        Set<String> bindings = graph.nodes().stream().filter(n -> n.layer() == Layer.BINDINGS).map(Node::id)
                .collect(Collectors.toSet());
        return report.changes().stream().map(DeclarationChange::nodes).flatMap(java.util.List::stream)
                .filter(bindings::contains).collect(Collectors.toSet());
    }
}
