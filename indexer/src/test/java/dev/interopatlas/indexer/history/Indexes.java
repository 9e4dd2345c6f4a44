package dev.interopatlas.indexer.history;

import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.index.IndexStats;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.index.RustModule;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.SymbolResolution;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Hand-built {@link KernelIndex} pieces for tests. */
final class Indexes {
    private Indexes() {
    }

    static FileMetrics file(String path, FileRole role, int lines, int blocks, int documented, int fns, int impls,
                            int traits) {
        return file(path, role, lines, blocks, documented, 0, fns, impls, traits);
    }

    static FileMetrics file(String path, FileRole role, int lines, int blocks, int documented, int placeholder,
                            int fns, int impls, int traits) {
        return new FileMetrics(path, role, "", lines, blocks, fns, impls, traits, documented, placeholder, 0,
                new TreeMap<>(), List.of(), List.of());
    }

    static Node helper(String name) {
        return new Node("helper:" + name, NodeKind.HELPER, name, Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of());
    }

    static RustModule module(String path) {
        return new RustModule(path, "rust/kernel/" + path.replace("kernel::", "").replace("::", "/") + ".rs",
                false);
    }

    /** A module marked #[cfg(test)] or #[kunit_tests(…)], inline in its parent's file. */
    static RustModule testModule(String path) {
        String parent = path.substring(0, path.lastIndexOf("::"));
        return new RustModule(path, module(parent).file(), true, true);
    }

    static KernelIndex index(String release, List<FileMetrics> files, List<SymbolResolution> symbols,
                             List<RustModule> modules, List<Node> nodes, int headersInClosure) {
        return index(release, files, symbols, modules, nodes, headersInClosure, List.of());
    }

    static KernelIndex index(String release, List<FileMetrics> files, List<SymbolResolution> symbols,
                             List<RustModule> modules, List<Node> nodes, int headersInClosure, List<Crate> crates) {
        IndexStats stats = new IndexStats(files.size() * 10, files.size(), headersInClosure, symbols.size(),
                (int) symbols.stream().filter(SymbolResolution::resolved).count(), 1);
        return new KernelIndex(KernelIndex.SCHEMA, "linux@" + release, Optional.of(release), "x86_64", stats, files,
                symbols, modules, List.of(), List.of(), List.of(), new InteropGraph(nodes, List.of()), crates);
    }
}
