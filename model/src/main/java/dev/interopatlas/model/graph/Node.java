package dev.interopatlas.model.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of the interop graph.
 *
 * @param id      stable across releases: {@code header:include/linux/phy.h}, {@code symbol:phy_start},
 *                {@code helper:mutex_lock}, {@code module:kernel::sync::arc}, {@code consumer:drivers/…/x.rs}
 * @param detail  sub-kind, e.g. the C declaration kind ("function", "struct") of a symbol
 * @param metrics numeric facts shown in the details pane and used for sizing (unsafeBlocks, lines…)
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Node(String id, NodeKind kind, String label, Optional<String> path, Optional<Integer> line,
                   Optional<String> detail, Map<String, Integer> metrics) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        metrics = Map.copyOf(metrics);
    }

    public Layer layer() {
        return kind.layer();
    }

    public int metric(String name) {
        return metrics.getOrDefault(name, 0);
    }

    /** The id as a type; empty only for ids without a known prefix (hand-made test graphs). */
    public Optional<NodeId> typedId() {
        return NodeId.parse(id);
    }

    /** Lines of the file (headers, modules, consumers). */
    public int lines() {
        return metric(NodeMetrics.LINES);
    }

    /** Declarations of a header that Rust binds. */
    public int declarations() {
        return metric(NodeMetrics.DECLARATIONS);
    }

    /** Functions declared in a header (bound or not). */
    public int functions() {
        return metric(NodeMetrics.FUNCTIONS);
    }

    /** Files of a consumer crate. */
    public int files() {
        return metric(NodeMetrics.FILES);
    }

    /**
     * Unsafe sites of a Rust node: the indexer's total when it wrote one, else blocks + fns + impls (indexes
     * written before the total existed).
     */
    public int unsafeSites() {
        int total = metric(NodeMetrics.UNSAFE_TOTAL);
        return total > 0 ? total
                : metric(NodeMetrics.UNSAFE_BLOCKS) + metric(NodeMetrics.UNSAFE_FNS) + metric(NodeMetrics.UNSAFE_IMPLS);
    }
}
