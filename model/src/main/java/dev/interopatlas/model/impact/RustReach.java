package dev.interopatlas.model.impact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * One Rust file a changed declaration reaches.
 *
 * @param line   the first line that names it: a {@code bindings::} name for a direct reach, the module path for
 *               an indirect one
 * @param module the kernel crate's module the file is (kernel::net::phy), absent outside the kernel crate
 * @param via    the {@code bindings::} names (direct) or kernel modules (indirect) through which it is reached
 * @param node   the graph node the file belongs to ({@code module:kernel::net::phy}, {@code consumer:qt2025}), for
 *               drawing the path
 */
@JsonPropertyOrder({"path", "line", "module", "crate", "via", "node"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record RustReach(String path, int line, Optional<String> module, String crate, List<String> via,
                        Optional<String> node) {
    public RustReach {
        via = List.copyOf(via);
    }
}
