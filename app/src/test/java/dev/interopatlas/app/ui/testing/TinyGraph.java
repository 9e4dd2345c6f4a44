package dev.interopatlas.app.ui.testing;

import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-made interop graph small enough to reason about:
 * a.h includes b.h; b.h declares foo; helper foo_h wraps foo (and foo is provided by it); kernel::x binds foo;
 * drv.rs uses kernel::x; c.h declares bar, bound by kernel::y which nobody uses.
 */
public final class TinyGraph {
    private TinyGraph() {
    }

    public static InteropGraph graph() {
        return new InteropGraph(List.of(
                node("header:include/linux/a.h", NodeKind.C_HEADER, "include/linux/a.h", "include/linux/a.h", Map.of()),
                node("header:include/linux/b.h", NodeKind.C_HEADER, "include/linux/b.h", "include/linux/b.h", Map.of()),
                node("header:include/net/c.h", NodeKind.C_HEADER, "include/net/c.h", "include/net/c.h", Map.of()),
                node("symbol:foo", NodeKind.C_SYMBOL, "foo", "include/linux/b.h", Map.of()),
                node("symbol:bar", NodeKind.C_SYMBOL, "bar", "include/net/c.h", Map.of()),
                node("helper:foo_h", NodeKind.HELPER, "rust_helper_foo", "rust/helpers/foo.c", Map.of()),
                node("module:kernel::x", NodeKind.ABSTRACTION, "kernel::x", "rust/kernel/x.rs", Map.of("unsafeTotal", 3)),
                node("module:kernel::y", NodeKind.ABSTRACTION, "kernel::y", "rust/kernel/y.rs", Map.of("unsafeTotal", 9)),
                node("consumer:drivers/net/drv.rs", NodeKind.CONSUMER, "drv.rs", "drivers/net/drv.rs", Map.of())),
                List.of(
                        edge("header:include/linux/a.h", "header:include/linux/b.h", EdgeKind.INCLUDES),
                        edge("header:include/linux/b.h", "symbol:foo", EdgeKind.DECLARES),
                        edge("header:include/net/c.h", "symbol:bar", EdgeKind.DECLARES),
                        edge("helper:foo_h", "symbol:foo", EdgeKind.WRAPS),
                        edge("symbol:foo", "helper:foo_h", EdgeKind.WRAPS),
                        edge("module:kernel::x", "symbol:foo", EdgeKind.BINDS),
                        edge("module:kernel::y", "symbol:bar", EdgeKind.BINDS),
                        edge("consumer:drivers/net/drv.rs", "module:kernel::x", EdgeKind.USES)));
    }

    public static Node node(String id, NodeKind kind, String label, String path, Map<String, Integer> metrics) {
        return new Node(id, kind, label, Optional.of(path), Optional.of(1), Optional.empty(), metrics);
    }

    public static Edge edge(String from, String to, EdgeKind kind) {
        return new Edge(from, to, kind, 1);
    }
}
