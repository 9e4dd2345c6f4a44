package dev.interopatlas.app.core.search;

import dev.interopatlas.model.graph.BidiControls;
import dev.interopatlas.model.graph.Node;

/** One search result; {@link #toString()} is what the autocomplete popup shows. */
public record SearchHit(Node node, int rank, String category) {
    @Override
    public String toString() {
        return BidiControls.escape(node.label()) + "  \u2014 " + category;
    }
}
