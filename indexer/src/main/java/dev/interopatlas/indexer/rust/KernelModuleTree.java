package dev.interopatlas.indexer.rust;

import dev.interopatlas.indexer.facts.ModDecl;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.source.TreePaths;
import dev.interopatlas.model.index.RustModule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The module tree of a crate, by default the {@code kernel} crate followed from {@code rust/kernel/lib.rs}, through
 * its {@code mod} declarations with rustc's file rules: in a mod-rs file (the crate root, mod.rs, or a file loaded
 * through {@code #[path]}) {@code mod x;} lives in {@code DIR/x.rs} or {@code DIR/x/mod.rs}; in {@code DIR/foo.rs} it
 * lives under {@code DIR/foo/}. Inline modules add a directory level; {@code #[path]} is relative to the
 * directory of the declaring file (plus inline modules). A module marked {@code #[cfg(test)]} or
 * {@code #[kunit_tests(…)]}, and every module inside one, is a test module. A path declared twice (cfg
 * alternatives such as {@code #[cfg(CONFIG_64BIT)] mod expected} and {@code #[cfg(not(CONFIG_64BIT))] mod
 * expected}) is listed once, as first declared; the files of both are followed.
 *
 * @param modules sorted by path; inline modules point at the file that holds them
 * @param missing declarations whose file is not in the tree, as "kernel::x (rust/kernel/x.rs)"
 * @param files   the files that hold the bodies of its modules: the root and every file a {@code mod} reaches,
 *                including the file of a cfg alternative whose module path is listed with another file
 */
public record KernelModuleTree(List<RustModule> modules, List<String> missing, Set<String> files) {
    public static final String ROOT_FILE = "rust/kernel/lib.rs";
    public static final String CRATE = "kernel";

    public KernelModuleTree {
        modules = List.copyOf(modules);
        missing = List.copyOf(missing);
        files = Set.copyOf(files);
    }

    /** Builds from the facts of the kernel crate's files, keyed by path ({@code rust/kernel/sync.rs}). */
    public static KernelModuleTree build(Map<String, RustFacts> factsByPath) {
        return build(CRATE, ROOT_FILE, factsByPath);
    }

    /**
     * Builds the tree of crate {@code crate} whose root is {@code rootFile}, from the facts of the files it may
     * reach, keyed by path; module paths start with the crate's name ({@code nova_core::gsp::fw}).
     */
    public static KernelModuleTree build(String crate, String rootFile, Map<String, RustFacts> factsByPath) {
        List<RustModule> modules = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (!factsByPath.containsKey(rootFile)) {
            return new KernelModuleTree(modules, List.of(crate + " (" + rootFile + ")"), Set.of());
        }
        record Work(String modulePath, String file, boolean modRs, boolean test) {
        }
        Deque<Work> queue = new ArrayDeque<>();
        Set<String> visitedFiles = new HashSet<>();
        Set<String> listed = new HashSet<>();
        queue.add(new Work(crate, rootFile, true, false));
        listed.add(crate);
        modules.add(new RustModule(crate, rootFile, false));
        while (!queue.isEmpty()) {
            Work work = queue.poll();
            if (!visitedFiles.add(work.file)) {
                continue; // a #[path] cycle must not loop
            }
            String dir = TreePaths.parentDir(work.file);
            String childDir = work.modRs ? dir : dir + "/" + TreePaths.rustStem(work.file);
            // inline module ("a::b" within the file) -> test; a parent's declaration precedes its children's
            Map<String, Boolean> testInline = new HashMap<>();
            for (ModDecl decl : factsByPath.get(work.file).modDecls()) {
                String inlinePart = decl.inlineParents().isEmpty() ? "" : "/" + String.join("/", decl.inlineParents());
                String path = work.modulePath + inlinePath(decl) + "::" + decl.name();
                String inlineKey = String.join("::", decl.inlineParents());
                boolean test = work.test || decl.test() || testInline.getOrDefault(inlineKey, false);
                if (decl.inline()) {
                    testInline.merge(inlineKey.isEmpty() ? decl.name() : inlineKey + "::" + decl.name(), test,
                            Boolean::logicalOr);
                    if (listed.add(path)) {
                        modules.add(new RustModule(path, work.file, true, test));
                    }
                    continue;
                }
                List<String> candidates;
                boolean modRs;
                if (decl.pathAttribute().isPresent()) {
                    String base = decl.inlineParents().isEmpty() ? dir : childDir + inlinePart;
                    // a #[path] that climbs out of the tree names no file of it: the module is missing
                    candidates = TreePaths.normalize(base + "/" + decl.pathAttribute().get()).stream().toList();
                    modRs = true;
                } else {
                    String base = childDir + inlinePart + "/" + decl.name();
                    candidates = List.of(base + ".rs", base + "/mod.rs");
                    modRs = false;
                }
                Optional<String> file = candidates.stream().filter(factsByPath::containsKey).findFirst();
                if (file.isEmpty()) {
                    missing.add(path + " (" + String.join(" or ", candidates) + ")");
                    continue;
                }
                boolean isModRs = modRs || file.get().endsWith("/mod.rs");
                if (listed.add(path)) {
                    modules.add(new RustModule(path, file.get(), false, test));
                }
                queue.add(new Work(path, file.get(), isModRs, test));
            }
        }
        modules.sort(Comparator.comparing(RustModule::path));
        return new KernelModuleTree(modules, missing, visitedFiles);
    }

    /** Module paths, {@code kernel::sync::arc}. */
    public Set<String> paths() {
        Set<String> paths = new HashSet<>();
        modules.forEach(m -> paths.add(m.path()));
        return paths;
    }

    private static String inlinePath(ModDecl decl) {
        return decl.inlineParents().isEmpty() ? "" : "::" + String.join("::", decl.inlineParents());
    }
}
