package dev.interopatlas.app.core.map;

import dev.interopatlas.model.graph.Layer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One place of the group tree: a group, or a member (a node of the interop graph, under the same id).
 *
 * @param id          {@code group:c-headers:include/linux} for a group; the graph node's id for a member
 * @param label       the directory, section or module path of a group; the node's label for a member
 * @param parent      the enclosing group; empty at the top of the tree
 * @param children    sub-groups and members, in drawing order (groups first, then by label)
 * @param memberCount graph nodes under this entry (1 for a member)
 * @param unsafeTotal the {@code unsafeTotal} figures of those nodes, summed
 */
public record MapEntry(String id, Layer layer, String label, Optional<String> parent, List<String> children,
                       boolean group, int memberCount, int unsafeTotal) {
    public MapEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(parent, "parent");
        children = List.copyOf(children);
    }
}
