package dev.interopatlas.app.core.map;

import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-built graph small enough to work the map out on paper: four headers in three directories, four bound
 * symbols (one unresolved) and a helper, six kernel modules (kernel::sync nested two deep), two consumer crates.
 */
final class TinyKernel {
    private TinyKernel() {
    }

    static InteropGraph graph() {
        List<Node> nodes = List.of(
                header("include/linux/a.h"), header("include/linux/sched/b.h"), header("include/net/c.h"),
                header("rust/helpers/h.c"),
                symbol("a_fn", "include/linux/a.h"), symbol("b_fn", "include/linux/sched/b.h"),
                symbol("c_fn", "include/net/c.h"),
                new Node("symbol:lost", NodeKind.C_SYMBOL, "lost", Optional.empty(), Optional.empty(),
                        Optional.of("unresolved"), Map.of()),
                new Node("helper:h", NodeKind.HELPER, "rust_helper_h", Optional.of("rust/helpers/h.c"),
                        Optional.of(3), Optional.of("helper"), Map.of()),
                module("kernel", 0), module("kernel::sync", 1), module("kernel::sync::arc", 4),
                module("kernel::sync::lock", 0), module("kernel::sync::lock::mutex", 2), module("kernel::net", 7),
                consumer("nova_core", 5), consumer("binder", 11));
        List<Edge> edges = List.of(
                edge("header:include/linux/a.h", "symbol:a_fn", EdgeKind.DECLARES, 1),
                edge("header:include/linux/sched/b.h", "symbol:b_fn", EdgeKind.DECLARES, 1),
                edge("header:include/net/c.h", "symbol:c_fn", EdgeKind.DECLARES, 1),
                edge("header:rust/helpers/h.c", "helper:h", EdgeKind.DECLARES, 1),
                edge("header:include/linux/a.h", "header:include/linux/sched/b.h", EdgeKind.INCLUDES, 1),
                edge("helper:h", "symbol:a_fn", EdgeKind.WRAPS, 1),
                edge("module:kernel::sync::arc", "symbol:a_fn", EdgeKind.BINDS, 3),
                edge("module:kernel::sync::lock::mutex", "symbol:b_fn", EdgeKind.BINDS, 2),
                edge("module:kernel::net", "symbol:c_fn", EdgeKind.BINDS, 1),
                edge("consumer:binder", "helper:h", EdgeKind.BINDS, 1),
                edge("consumer:nova_core", "symbol:lost", EdgeKind.BINDS, 1),
                edge("consumer:nova_core", "module:kernel::sync::arc", EdgeKind.USES, 1),
                edge("consumer:binder", "module:kernel::sync::lock::mutex", EdgeKind.USES, 1),
                edge("consumer:binder", "module:kernel::net", EdgeKind.USES, 1),
                edge("module:kernel::sync::arc", "module:kernel::sync", EdgeKind.USES, 1));
        return new InteropGraph(nodes, edges);
    }

    static Node header(String path) {
        return new Node("header:" + path, NodeKind.C_HEADER, path, Optional.of(path), Optional.empty(),
                Optional.of("header"), Map.of());
    }

    static Node symbol(String name, String file) {
        return new Node("symbol:" + name, NodeKind.C_SYMBOL, name, Optional.of(file), Optional.of(1),
                Optional.of("function"), Map.of());
    }

    static Node module(String path, int unsafeTotal) {
        return new Node("module:" + path, NodeKind.ABSTRACTION, path, Optional.of("rust/" + path + ".rs"),
                Optional.empty(), Optional.of("module"), Map.of("unsafeTotal", unsafeTotal));
    }

    static Node consumer(String crate, int unsafeTotal) {
        return new Node("consumer:" + crate, NodeKind.CONSUMER, crate, Optional.of("drivers/" + crate + ".rs"),
                Optional.empty(), Optional.of("driver"), Map.of("unsafeTotal", unsafeTotal));
    }

    static Edge edge(String from, String to, EdgeKind kind, int weight) {
        return new Edge(from, to, kind, weight);
    }
}
