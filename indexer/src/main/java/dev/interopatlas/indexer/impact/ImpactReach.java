package dev.interopatlas.indexer.impact;

import dev.interopatlas.indexer.c.CBoundaryIndex;
import dev.interopatlas.indexer.c.CSymbol;
import dev.interopatlas.indexer.c.HelperInfo;
import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.graph.GraphBuilder;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.impact.DeclarationChange;
import dev.interopatlas.model.impact.RustReach;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.index.RustModule;
import dev.interopatlas.model.metrics.FileMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where changed declarations reach Rust, on the newer side's Rust code: each {@code bindings::} name is resolved on
 * both sides (so a removed declaration still finds the Rust that names it), directly, as an enum constant or const
 * helper, or through a {@code rust_helper_} wrapper (the wrapper and what it wraps both count). The files naming it
 * are direct; files that use their kernel modules without naming it are indirect.
 */
final class ImpactReach {
    private final KernelIndex index;
    private final RustLines lines;
    private final Map<DeclarationKey, SortedSet<String>> namesOf = new HashMap<>();
    private final Map<String, List<FileMetrics>> filesNaming = new HashMap<>();
    private final Map<String, List<FileMetrics>> moduleUsers = new HashMap<>();
    private final Map<String, RustModule> moduleOfFile = new HashMap<>();
    private final Map<String, String> consumerNodeOfRoot = new HashMap<>();
    private final Map<String, String> crateRootOf = new HashMap<>();
    private final Set<String> helperNames = new java.util.HashSet<>();

    ImpactReach(KernelIndex index, RustLines lines, CBoundaryIndex older, CBoundaryIndex newer) {
        this.index = index;
        this.lines = lines;
        for (FileMetrics file : index.files()) {
            file.bindings().keySet().forEach(name -> filesNaming.computeIfAbsent(name, k -> new ArrayList<>()).add(file));
            file.kernelPaths().forEach(p -> moduleUsers.computeIfAbsent(p, k -> new ArrayList<>()).add(file));
        }
        for (RustModule module : index.abstractionModules()) {
            RustModule known = moduleOfFile.get(module.file());
            if (known == null || known.inline() && !module.inline()) {
                moduleOfFile.put(module.file(), module);
            }
        }
        for (Node node : index.graph().nodes()) {
            if (node.kind() == NodeKind.CONSUMER && node.path().isPresent()) {
                consumerNodeOfRoot.put(node.path().get(), node.id());
            }
        }
        index.crates().forEach(c -> c.files().forEach(f -> crateRootOf.put(f, c.root())));
        for (CBoundaryIndex boundary : List.of(newer, older)) {
            Map<String, HelperInfo> helpers = new HashMap<>();
            boundary.helpers().forEach(h -> helpers.put(h.name(), h));
            for (String name : filesNaming.keySet()) {
                boundary.symbol(name).ifPresent(s -> bind(keyOf(s), name));
                HelperInfo helper = helpers.get(name);
                if (helper != null) {
                    helperNames.add(name);
                    bind(new DeclarationKey(false, "rust_helper_" + name), name);
                    helper.wraps().forEach(w -> bind(new DeclarationKey(false, w), name));
                }
            }
        }
    }

    /** An anonymous member stands for the struct or union that holds it (its fields are that type's fields). */
    private static DeclarationKey keyOf(CSymbol symbol) {
        if (symbol.kind() == CDeclKind.ANONYMOUS_MEMBER && symbol.parent().isPresent()) {
            String parent = symbol.parent().get();
            int cut = parent.indexOf("__bindgen_ty_");
            return new DeclarationKey(true, cut < 0 ? parent : parent.substring(0, cut));
        }
        return DeclarationDiff.keyOf(symbol);
    }

    private void bind(DeclarationKey key, String bindingsName) {
        namesOf.computeIfAbsent(key, k -> new TreeSet<>()).add(bindingsName);
    }

    DeclarationChange reach(FoundChange change) {
        SortedSet<String> names = namesOf.getOrDefault(change.key(), new TreeSet<>());
        Map<String, RustReach> direct = new TreeMap<>();
        for (String name : names) {
            for (FileMetrics file : filesNaming.getOrDefault(name, List.of())) {
                RustReach known = direct.get(file.path());
                List<String> via = new ArrayList<>(known == null ? List.of() : known.via());
                via.add(name);
                direct.put(file.path(), new RustReach(file.path(), known != null ? known.line()
                        : lines.firstNaming(file.path(), name), module(file), file.crate(), via, node(file)));
            }
        }
        Map<String, RustReach> indirect = new TreeMap<>();
        Set<String> reachedModules = new TreeSet<>();
        direct.values().forEach(r -> r.module().ifPresent(reachedModules::add));
        for (String module : reachedModules) {
            if (!module.startsWith("kernel::")) {
                continue; // the crate root: every user of the crate would be "indirect"
            }
            String kernelPath = module.substring("kernel::".length());
            for (FileMetrics file : moduleUsers.getOrDefault(kernelPath, List.of())) {
                if (direct.containsKey(file.path()) || module(file).filter(module::equals).isPresent()) {
                    continue;
                }
                RustReach known = indirect.get(file.path());
                List<String> via = new ArrayList<>(known == null ? List.of() : known.via());
                via.add(module);
                indirect.put(file.path(), new RustReach(file.path(), known != null ? known.line()
                        : lines.firstMention(file.path(), kernelPath), module(file), file.crate(), via, node(file)));
            }
        }
        Set<String> nodes = new LinkedHashSet<>();
        nodes.add(GraphBuilder.headerId(change.header()));
        for (String name : names) {
            nodes.add(helperNames.contains(name) ? GraphBuilder.helperId(name) : GraphBuilder.symbolId(name));
        }
        direct.values().forEach(r -> r.node().ifPresent(nodes::add));
        indirect.values().forEach(r -> r.node().ifPresent(nodes::add));
        return new DeclarationChange(change.key().name(), change.kind().json(), change.header(), change.line(),
                change.change(), change.before(), change.after(), List.copyOf(names), List.copyOf(direct.values()),
                List.copyOf(indirect.values()), List.copyOf(nodes));
    }

    private Optional<String> module(FileMetrics file) {
        return Optional.ofNullable(moduleOfFile.get(file.path())).map(RustModule::path);
    }

    /** The graph node of a file: its module in the kernel crate, else its crate's consumer node. */
    private Optional<String> node(FileMetrics file) {
        Optional<String> module = module(file).map(GraphBuilder::moduleId);
        if (module.isPresent()) {
            return module;
        }
        return Optional.ofNullable(crateRootOf.get(file.path())).map(consumerNodeOfRoot::get);
    }
}
