package dev.interopatlas.app.core.load;

import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeId;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.graph.NodeMetrics;
import dev.interopatlas.model.index.IndexStats;
import dev.interopatlas.model.index.KernelIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A deterministic kernel-shaped interop graph of any size, for load tests and for developing the UI without the
 * indexer: 35% headers, 33% symbols, 5% helpers, 7% abstractions, 20% consumers, wired like the real thing.
 */
public final class SyntheticGraph {
    private SyntheticGraph() {
    }

    public static KernelIndex index(int nodes, long seed) {
        InteropGraph graph = graph(nodes, seed);
        return new KernelIndex(KernelIndex.SCHEMA, "synthetic:" + nodes, Optional.empty(), "x86_64",
                new IndexStats(0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                graph, List.of());
    }

    public static InteropGraph graph(int total, long seed) {
        Random random = new Random(seed);
        int headers = Math.max(1, total * 35 / 100);
        int symbols = Math.max(1, total * 33 / 100);
        int helpers = Math.max(1, total * 5 / 100);
        int modules = Math.max(1, total * 7 / 100);
        int consumers = Math.max(1, total - headers - symbols - helpers - modules);
        int dirs = Math.max(1, headers / 40);
        List<Node> nodes = new ArrayList<>(total);
        List<Edge> edges = new ArrayList<>(total * 3);
        for (int i = 0; i < headers; i++) {
            String path = "include/linux/d" + (i % dirs) + "/h" + i + ".h";
            nodes.add(node(headerId(path), NodeKind.C_HEADER, path, path, 1, Map.of(NodeMetrics.LINES, 50 + random.nextInt(900))));
            for (int k = 0; k < 2 && i > 0; k++) {
                edges.add(new Edge(headerId(path), headerId(headerPath(random.nextInt(i), dirs)), EdgeKind.INCLUDES, 1));
            }
        }
        for (int i = 0; i < symbols; i++) {
            int header = random.nextInt(headers);
            String name = "sym_" + i;
            nodes.add(node(symbolId(name), NodeKind.C_SYMBOL, name, headerPath(header, dirs), 10 + random.nextInt(300), Map.of()));
            edges.add(new Edge(headerId(headerPath(header, dirs)), symbolId(name), EdgeKind.DECLARES, 1));
        }
        for (int i = 0; i < helpers; i++) {
            String name = "helper_" + i;
            String symbol = symbolId("sym_" + random.nextInt(symbols));
            nodes.add(node(helperId(name), NodeKind.HELPER, "rust_helper_" + name, "rust/helpers/h" + (i % 20) + ".c",
                    5 + random.nextInt(100), Map.of()));
            edges.add(new Edge(helperId(name), symbol, EdgeKind.WRAPS, 1));
            edges.add(new Edge(symbol, helperId(name), EdgeKind.WRAPS, 1));
        }
        for (int i = 0; i < modules; i++) {
            String id = moduleId("kernel::m" + i);
            nodes.add(node(id, NodeKind.ABSTRACTION, "kernel::m" + i, "rust/kernel/m" + i + ".rs", 1,
                    Map.of(NodeMetrics.UNSAFE_TOTAL, random.nextInt(40), NodeMetrics.LINES, 100 + random.nextInt(2000))));
            for (int k = 0, n = 3 + random.nextInt(6); k < n; k++) {
                edges.add(new Edge(id, symbolId("sym_" + random.nextInt(symbols)), EdgeKind.BINDS,
                        1 + random.nextInt(4)));
            }
            if (i > 0) {
                edges.add(new Edge(id, moduleId("kernel::m" + random.nextInt(i)), EdgeKind.USES, 1));
            }
        }
        for (int i = 0; i < consumers; i++) {
            String path = "drivers/sub" + (i % 25) + "/drv" + i + ".rs";
            String id = consumerId(path);
            nodes.add(node(id, NodeKind.CONSUMER, "drv" + i + ".rs", path, 1,
                    Map.of(NodeMetrics.UNSAFE_TOTAL, random.nextInt(random.nextInt(10) + 1), NodeMetrics.LINES, 50 + random.nextInt(800))));
            for (int k = 0, n = 2 + random.nextInt(4); k < n; k++) {
                edges.add(new Edge(id, moduleId("kernel::m" + random.nextInt(modules)), EdgeKind.USES, 1));
            }
            if (random.nextInt(4) == 0) {
                edges.add(new Edge(id, symbolId("sym_" + random.nextInt(symbols)), EdgeKind.BINDS, 1));
            }
        }
        return new InteropGraph(nodes, dedupe(edges));
    }

    private static List<Edge> dedupe(List<Edge> edges) {
        java.util.LinkedHashMap<String, Edge> unique = new java.util.LinkedHashMap<>();
        for (Edge e : edges) {
            if (!e.from().equals(e.to())) {
                unique.putIfAbsent(e.key(), e);
            }
        }
        return new ArrayList<>(unique.values());
    }

    private static String headerPath(int i, int dirs) {
        return "include/linux/d" + (i % dirs) + "/h" + i + ".h";
    }

    private static Node node(String id, NodeKind kind, String label, String path, int line, Map<String, Integer> metrics) {
        return new Node(id, kind, label, Optional.of(path), Optional.of(line), Optional.empty(), metrics);
    }

    private static String headerId(String path) {
        return NodeId.header(path).toString();
    }

    private static String symbolId(String name) {
        return NodeId.symbol(name).toString();
    }

    private static String helperId(String name) {
        return NodeId.helper(name).toString();
    }

    private static String moduleId(String path) {
        return NodeId.module(path).toString();
    }

    private static String consumerId(String key) {
        return NodeId.consumer(key).toString();
    }
}
