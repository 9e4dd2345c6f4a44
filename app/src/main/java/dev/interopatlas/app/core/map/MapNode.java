package dev.interopatlas.app.core.map;

import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import java.util.Objects;
import java.util.Optional;

/**
 * A box the map draws: a closed group, or a graph node drawn itself.
 *
 * @param member the graph node, when this is not a group
 */
public record MapNode(String id, Layer layer, String label, boolean group, int memberCount, int unsafeTotal,
                      Optional<Node> member) {
    public MapNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(member, "member");
    }
}
