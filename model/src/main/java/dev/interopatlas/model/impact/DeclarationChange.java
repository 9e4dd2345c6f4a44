package dev.interopatlas.model.impact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * One changed C declaration of the bindings include closure (or rust/helpers) and the Rust it reaches.
 *
 * @param symbol   the C name (an enum constant's own name, {@code rust_helper_X} for a wrapper)
 * @param kind     the declaration kind as the metrics JSON names it ("function", "struct", "macro-constant"…)
 * @param header   where it is declared on the newer side (the older for a removal)
 * @param before   the part that changed, normalised, on the older side (absent when added)
 * @param after    the same on the newer side (absent when removed)
 * @param bindings the {@code bindings::} names Rust binds it by
 * @param direct   Rust files that name one of {@code bindings}
 * @param indirect Rust files that use the kernel modules of {@code direct}, without naming it themselves
 * @param nodes    graph node ids on the path, C side first ({@code header:…}, {@code symbol:…}, {@code helper:…},
 *                 then modules and consumers), for a drawing or the explorer to highlight
 */
@JsonPropertyOrder({"symbol", "kind", "header", "line", "change", "before", "after", "bindings", "direct",
        "indirect", "nodes"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record DeclarationChange(String symbol, String kind, String header, int line, ChangeKind change,
                                Optional<String> before, Optional<String> after, List<String> bindings,
                                List<RustReach> direct, List<RustReach> indirect, List<String> nodes) {
    public DeclarationChange {
        bindings = List.copyOf(bindings);
        direct = List.copyOf(direct);
        indirect = List.copyOf(indirect);
        nodes = List.copyOf(nodes);
    }

    /** Whether any Rust file names it. */
    public boolean reachesRust() {
        return !direct.isEmpty();
    }
}
