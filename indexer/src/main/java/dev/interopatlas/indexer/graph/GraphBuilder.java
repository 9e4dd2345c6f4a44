package dev.interopatlas.indexer.graph;

import dev.interopatlas.indexer.RustCrate;
import dev.interopatlas.indexer.c.CBoundaryIndex;
import dev.interopatlas.indexer.c.CSymbol;
import dev.interopatlas.indexer.c.HelperInfo;
import dev.interopatlas.indexer.c.IncludeEdge;
import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeId;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.graph.NodeMetrics;
import dev.interopatlas.model.index.RustModule;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.SymbolResolution;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the typed graph from what the indexer found. Node ids ({@link NodeId}) are stable across releases so the
 * UI can keep a selection and diff two releases.
 * A consumer is a crate with a file that uses the kernel crate ({@code consumer:nova_core}); its files are in the
 * index's crate list.
 */
public final class GraphBuilder {
    private final RustCrate crate;
    private final CBoundaryIndex boundary;
    private final List<SymbolResolution> symbols;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();
    /** The consumer node of each file of a consumer crate. */
    private final Map<String, String> consumerOfFile = new HashMap<>();

    public GraphBuilder(RustCrate crate, CBoundaryIndex boundary, List<SymbolResolution> symbols) {
        this.crate = crate;
        this.boundary = boundary;
        this.symbols = symbols;
    }

    public static String headerId(String path) {
        return NodeId.header(path).toString();
    }

    public static String symbolId(String name) {
        return NodeId.symbol(name).toString();
    }

    public static String helperId(String name) {
        return NodeId.helper(name).toString();
    }

    public static String moduleId(String modulePath) {
        return NodeId.module(modulePath).toString();
    }

    /** @param crateKey the crate's name, or its root when several crates share that name */
    public static String consumerId(String crateKey) {
        return NodeId.consumer(crateKey).toString();
    }

    public InteropGraph build() {
        addHeaders();
        addHelpers();
        addModules();
        addConsumers();
        addBoundSymbols();
        addModuleUses();
        return new InteropGraph(List.copyOf(nodes.values()), List.copyOf(edges.values()));
    }

    private void addHeaders() {
        Set<String> functions = new HashSet<>();
        for (String header : boundary.closureHeaders()) {
            // mentions and bindgen-made names (anonymous members) are not the header's own declarations; a plain
            // loop, as 7.3's closure has 100k-odd declarations and this runs in a fresh JVM's first seconds
            int declared = 0;
            functions.clear();
            for (CSymbol d : boundary.declaredIn(header)) {
                if (d.kind().declaresCName()) {
                    declared++;
                    if (d.kind() == CDeclKind.FUNCTION) {
                        functions.add(d.name());
                    }
                }
            }
            addNode(new Node(headerId(header), NodeKind.C_HEADER, header, Optional.of(header), Optional.empty(),
                    Optional.of(header.endsWith(".c") ? "helper source" : "header"),
                    Map.of(NodeMetrics.DECLARATIONS, declared, NodeMetrics.FUNCTIONS, functions.size())));
        }
        for (IncludeEdge include : boundary.includeEdges()) {
            addEdge(headerId(include.from()), headerId(include.to()), EdgeKind.INCLUDES, 1);
        }
    }

    private void addHelpers() {
        for (HelperInfo helper : boundary.helpers()) {
            addNode(new Node(helperId(helper.name()), NodeKind.HELPER, "rust_helper_" + helper.name(),
                    Optional.of(helper.file()), Optional.of(helper.line()), Optional.of("helper"), Map.of()));
            addEdge(headerId(helper.file()), helperId(helper.name()), EdgeKind.DECLARES, 1);
            for (String wrapped : helper.wraps()) {
                boundary.symbol(wrapped).ifPresent(symbol -> {
                    addSymbolNode(wrapped, symbol);
                    addEdge(helperId(helper.name()), symbolId(wrapped), EdgeKind.WRAPS, 1);
                });
            }
        }
    }

    private void addModules() {
        Map<String, FileMetrics> byPath = new HashMap<>();
        crate.fileMetrics().forEach(f -> byPath.put(f.path(), f));
        for (RustModule module : crate.abstractionModules()) {
            Map<String, Integer> metrics = module.inline() ? Map.of()
                    : Optional.ofNullable(byPath.get(module.file())).map(GraphBuilder::fileFigures).orElse(Map.of());
            addNode(new Node(moduleId(module.path()), NodeKind.ABSTRACTION, module.path(),
                    Optional.of(module.file()), Optional.empty(),
                    Optional.of(module.inline() ? "inline module" : "module"), metrics));
        }
    }

    /** One node per crate with a consumer file, labelled with the crate name; its figures sum its files'. */
    private void addConsumers() {
        Map<String, FileMetrics> byPath = new HashMap<>();
        crate.fileMetrics().forEach(f -> byPath.put(f.path(), f));
        Map<String, Long> sharedNames = crate.crates().stream()
                .collect(Collectors.groupingBy(Crate::name, Collectors.counting()));
        for (Crate consumer : crate.crates()) {
            List<FileMetrics> files = consumer.files().stream().map(byPath::get).filter(Objects::nonNull).toList();
            if (files.stream().noneMatch(f -> f.role() == FileRole.CONSUMER)) {
                continue;
            }
            String id = consumerId(sharedNames.get(consumer.name()) > 1 ? consumer.root() : consumer.name());
            Map<String, Integer> figures = new HashMap<>();
            files.forEach(f -> fileFigures(f).forEach((k, v) -> figures.merge(k, v, Integer::sum)));
            figures.put(NodeMetrics.FILES, files.size());
            addNode(new Node(id, NodeKind.CONSUMER, consumer.name(), Optional.of(consumer.root()), Optional.empty(),
                    Optional.of(consumer.kind().json()), figures));
            files.forEach(f -> consumerOfFile.put(f.path(), id));
        }
    }

    private void addBoundSymbols() {
        Map<String, SymbolResolution> byName = new HashMap<>();
        symbols.forEach(s -> byName.put(s.name(), s));
        for (SymbolResolution symbol : symbols) {
            if (symbol.resolved() && symbol.via().filter("helper"::equals).isPresent()) {
                continue; // reached through its helper node, added with the helpers
            }
            Optional<CSymbol> declaration = symbol.resolved() ? boundary.symbol(symbol.name()) : Optional.empty();
            if (declaration.isPresent()) {
                addSymbolNode(symbol.name(), declaration.get());
            } else {
                addNode(new Node(symbolId(symbol.name()), NodeKind.C_SYMBOL, symbol.name(), Optional.empty(),
                        Optional.empty(), Optional.of("unresolved"), Map.of()));
            }
        }
        for (FileMetrics file : crate.fileMetrics()) {
            Optional<String> user = rustNodeOf(file);
            if (user.isEmpty()) {
                continue;
            }
            file.bindings().forEach((name, count) -> {
                SymbolResolution resolution = byName.get(name);
                boolean viaHelper = resolution != null && resolution.via().filter("helper"::equals).isPresent()
                        && nodes.containsKey(helperId(name));
                addEdge(user.get(), viaHelper ? helperId(name) : symbolId(name), EdgeKind.BINDS, count);
            });
        }
    }

    private void addSymbolNode(String name, CSymbol declaration) {
        if (nodes.containsKey(symbolId(name))) {
            return;
        }
        addNode(new Node(symbolId(name), NodeKind.C_SYMBOL, name, Optional.of(declaration.file()),
                Optional.of(declaration.line()), Optional.of(declaration.kind().json()), Map.of()));
        if (nodes.containsKey(headerId(declaration.file()))) {
            addEdge(headerId(declaration.file()), symbolId(name), EdgeKind.DECLARES, 1);
        }
    }

    private void addModuleUses() {
        for (FileMetrics file : crate.fileMetrics()) {
            Optional<String> user = rustNodeOf(file);
            if (user.isEmpty()) {
                continue;
            }
            for (String kernelPath : file.kernelPaths()) {
                String target = moduleId("kernel::" + kernelPath);
                if (nodes.containsKey(target) && !target.equals(user.get())) {
                    addEdge(user.get(), target, EdgeKind.USES, 1);
                }
            }
        }
    }

    /** The graph node a Rust file belongs to: its module for the kernel crate, its crate for a consumer crate. */
    private Optional<String> rustNodeOf(FileMetrics file) {
        if (file.role() == FileRole.ABSTRACTION) {
            return crate.moduleOf(file.path()).map(GraphBuilder::moduleId).filter(nodes::containsKey);
        }
        return Optional.ofNullable(consumerOfFile.get(file.path()));
    }

    private static Map<String, Integer> fileFigures(FileMetrics file) {
        return Map.of(NodeMetrics.LINES, file.lines(), NodeMetrics.UNSAFE_BLOCKS, file.unsafeBlocks(),
                NodeMetrics.UNSAFE_FNS, file.unsafeFns(), NodeMetrics.UNSAFE_IMPLS, file.unsafeImpls(),
                NodeMetrics.UNSAFE_TRAITS, file.unsafeTraits(),
                NodeMetrics.UNSAFE_BLOCKS_DOCUMENTED, file.unsafeBlocksDocumented(),
                NodeMetrics.UNSAFE_BLOCKS_PLACEHOLDER, file.unsafeBlocksPlaceholder(),
                NodeMetrics.UNSAFE_TOTAL, file.unsafeTotal(), NodeMetrics.BINDINGS, file.bindings().size());
    }

    private void addNode(Node node) {
        nodes.putIfAbsent(node.id(), node);
    }

    private void addEdge(String from, String to, EdgeKind kind, int weight) {
        if (!nodes.containsKey(from) || !nodes.containsKey(to)) {
            return;
        }
        edges.merge(from + "|" + kind + "|" + to, new Edge(from, to, kind, weight),
                (a, b) -> new Edge(a.from(), a.to(), a.kind(), a.weight() + b.weight()));
    }
}
