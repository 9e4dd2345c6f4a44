package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.core.layout.NodePosition;
import dev.interopatlas.model.graph.InteropGraph;
import java.util.Map;
import java.util.Optional;

/**
 * Which layout the graph is drawn with: the layered columns, or force-directed positions computed for one graph.
 * Positions computed for a graph that is no longer the shown one (another tree, release or header collapse came
 * in while the layout ran) are never used: the layered layout is.
 */
final class LayoutChoice {
    private record Forced(InteropGraph computedFor, Map<String, NodePosition> positions) {
    }

    private Optional<Forced> forced = Optional.empty();

    /** Keeps force-directed positions computed for {@code computedFor}. */
    void force(InteropGraph computedFor, Map<String, NodePosition> positions) {
        forced = Optional.of(new Forced(computedFor, Map.copyOf(positions)));
    }

    void layered() {
        forced = Optional.empty();
    }

    /** The positions to draw {@code shown} with: the forced ones when they were computed for it. */
    Map<String, NodePosition> positions(InteropGraph shown, Map<String, NodePosition> layered) {
        return forced.filter(f -> f.computedFor() == shown).map(Forced::positions).orElse(layered);
    }

    /** Whether force-directed positions of {@code shown} are in use. */
    boolean forcedFor(InteropGraph shown) {
        return forced.filter(f -> f.computedFor() == shown).isPresent();
    }
}
