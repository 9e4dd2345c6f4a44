package dev.interopatlas.app.core.map;

import dev.interopatlas.app.core.appearance.NodeStyles;
import dev.interopatlas.model.graph.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The explorer's emphasis (selection, focus, blast radius, heat, diff marks), given per graph node, carried over to
 * the boxes of a map view: a box stands for its members, so it is lit when any member is, added or removed when
 * any member was, and as hot as its unsafe total. Free of any toolkit so the screen and tests share it.
 */
public final class MapAppearance {
    /** How a release changed what a box stands for. */
    public enum Change {
        NONE,
        ADDED,
        REMOVED,
        /** Some members were added, others removed. */
        BOTH
    }

    /**
     * How one box is drawn.
     *
     * @param selected  the box is, or holds, the selected node
     * @param focus     holds a node of the focus neighbourhood
     * @param blast     holds a node of the blast radius
     * @param faded     a context (focus, blast radius) is shown and the box holds none of it
     * @param heat      unsafe heat in [0,1] (log of the box's unsafe total over the largest shown), when heat is on
     */
    public record Look(boolean selected, boolean focus, boolean blast, boolean faded, Optional<Double> heat,
                       Change change) {
        public static final Look PLAIN = new Look(false, false, false, false, Optional.empty(), Change.NONE);

        public boolean emphasised() {
            return selected || focus || blast;
        }
    }

    private MapAppearance() {
    }

    /** Every box of {@code view} with its look; boxes are the ids of {@code view}'s nodes. */
    public static Map<String, Look> of(AtlasMap map, Expansion expansion, MapView view, NodeStyles styles) {
        Optional<String> selectedBox = styles.selected().filter(id -> map.node(id).isPresent())
                .map(id -> map.drawnAs(id, expansion));
        Set<String> focus = boxesOf(map, expansion, styles.focus());
        Set<String> blast = boxesOf(map, expansion, styles.blast());
        Set<String> added = boxesOf(map, expansion, styles.diff().addedNodes());
        Set<String> removed = boxesOf(map, expansion, styles.diff().removedNodes());
        double maxHeat = view.nodes().stream().mapToDouble(n -> Math.log1p(n.unsafeTotal())).max().orElse(0);
        Map<String, Look> looks = new HashMap<>();
        for (MapNode box : view.nodes()) {
            String id = box.id();
            boolean selected = selectedBox.map(id::equals).orElse(false);
            boolean lit = selected || focus.contains(id) || blast.contains(id);
            Optional<Double> heat = styles.heat().isPresent()
                    ? Optional.of(maxHeat == 0 ? 0 : Math.log1p(box.unsafeTotal()) / maxHeat) : Optional.empty();
            Change change = added.contains(id) ? (removed.contains(id) ? Change.BOTH : Change.ADDED)
                    : removed.contains(id) ? Change.REMOVED : Change.NONE;
            looks.put(id, new Look(selected, focus.contains(id), blast.contains(id), styles.context() && !lit, heat,
                    change));
        }
        return looks;
    }

    /** The boxes that draw the given graph nodes (ids not on the map are skipped). */
    public static Set<String> boxesOf(AtlasMap map, Expansion expansion, Set<String> nodeIds) {
        Set<String> boxes = new HashSet<>();
        for (String id : nodeIds) {
            if (map.node(id).isPresent()) {
                boxes.add(map.drawnAs(id, expansion));
            }
        }
        return boxes;
    }

    /** The members of each box of {@code view}: the graph nodes it stands for. */
    public static Map<String, Set<String>> members(AtlasMap map, Expansion expansion) {
        Map<String, Set<String>> members = new HashMap<>();
        for (Node node : map.graph().nodes()) {
            members.computeIfAbsent(map.drawnAs(node.id(), expansion), k -> new HashSet<>()).add(node.id());
        }
        return members;
    }
}
