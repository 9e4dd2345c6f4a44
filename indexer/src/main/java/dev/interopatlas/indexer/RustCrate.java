package dev.interopatlas.indexer;

import dev.interopatlas.indexer.crates.CrateFinder;
import dev.interopatlas.indexer.facts.PathRef;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.facts.UnsafeSiteFact;
import dev.interopatlas.indexer.rust.BindingsTargets;
import dev.interopatlas.indexer.rust.FileRoles;
import dev.interopatlas.indexer.rust.KernelModuleTree;
import dev.interopatlas.indexer.rust.KernelPaths;
import dev.interopatlas.indexer.rust.ModuleFiles;
import dev.interopatlas.model.index.RustModule;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.UnsafeKind;
import dev.interopatlas.model.metrics.UnsafeSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Rust side of one tree once every file is lexed: the kernel crate's modules, the crates, each file's role and
 * its figures. Turns per-blob {@link RustFacts} into per-path {@link FileMetrics}.
 */
public final class RustCrate {
    /** Files of the kernel crate live here; {@code crate::} in them means the kernel crate. */
    public static final String KERNEL_CRATE_DIR = "rust/kernel/";

    private final SortedMap<String, RustFacts> facts;
    private final List<RustModule> modules;
    private final List<String> missingModules;
    private final Map<String, String> moduleOfFile;
    private final List<FileMetrics> fileMetrics;
    private final List<Crate> crates;

    private RustCrate(SortedMap<String, RustFacts> facts, CrateFinder.Result crates) {
        this.facts = facts;
        this.crates = crates.crates();
        Map<String, RustFacts> crateFiles = facts.entrySet().stream()
                .filter(e -> e.getKey().startsWith(KERNEL_CRATE_DIR))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        KernelModuleTree tree = KernelModuleTree.build(crateFiles);
        this.modules = tree.modules();
        // A kernel from before Rust has no crate at all: nothing is missing then.
        this.missingModules = crateFiles.isEmpty() ? List.of() : tree.missing();
        this.moduleOfFile = new HashMap<>();
        for (RustModule module : modules) {
            if (!module.inline()) {
                moduleOfFile.putIfAbsent(module.file(), module.path());
            }
        }
        Set<String> modulePaths = modules.stream().map(RustModule::path).collect(Collectors.toSet());
        BindingsTargets bindingsTargets = new BindingsTargets(new ModuleFiles(facts, crates.moduleTrees(),
                rootOfFile(crates.crates())));
        this.fileMetrics = facts.entrySet().stream()
                .map(e -> metricsOf(e.getKey(), e.getValue(), modulePaths, bindingsTargets,
                        crates.crateOfFile().getOrDefault(e.getKey(), "")))
                .toList();
    }

    /**
     * @param facts  per path
     * @param crates the crates of the same files
     */
    public static RustCrate of(Map<String, RustFacts> facts, CrateFinder.Result crates) {
        return new RustCrate(new TreeMap<>(facts), crates);
    }

    /** The crate root of every file of a crate. */
    private static Map<String, String> rootOfFile(List<Crate> crates) {
        Map<String, String> roots = new HashMap<>();
        crates.forEach(c -> c.files().forEach(f -> roots.put(f, c.root())));
        return roots;
    }

    private static FileMetrics metricsOf(String path, RustFacts facts, Set<String> modulePaths,
                                         BindingsTargets bindingsTargets, String crate) {
        BindingsTargets.FileBindings bindings = bindingsTargets.of(path, facts);
        List<UnsafeSiteFact> sites = facts.unsafeSites();
        List<PathRef> refs = facts.kernelRefs();
        boolean inKernelCrate = path.startsWith(KERNEL_CRATE_DIR);
        return new FileMetrics(path, FileRoles.roleOf(path, facts), crate, facts.lines(),
                count(sites, UnsafeKind.BLOCK), count(sites, UnsafeKind.FN), count(sites, UnsafeKind.IMPL),
                count(sites, UnsafeKind.TRAIT),
                (int) sites.stream().filter(s -> s.kind() == UnsafeKind.BLOCK && s.documented()).count(),
                (int) sites.stream().filter(s -> s.kind() == UnsafeKind.BLOCK && s.placeholder()).count(),
                (int) sites.stream().filter(UnsafeSiteFact::inMacroRules).count(),
                bindings.kernel(), bindings.local(), KernelPaths.of(refs, modulePaths, inKernelCrate));
    }

    private static int count(List<UnsafeSiteFact> sites, UnsafeKind kind) {
        return (int) sites.stream().filter(s -> s.kind() == kind).count();
    }

    public List<RustModule> modules() {
        return modules;
    }

    /** The modules that are abstractions: every module but the test modules. */
    public List<RustModule> abstractionModules() {
        return modules.stream().filter(m -> !m.test()).toList();
    }

    /** Modules declared with {@code mod x;} whose file does not exist, as the module tree describes them. */
    public List<String> missingModules() {
        return missingModules;
    }

    /** Every .rs file, sorted by path. */
    public List<FileMetrics> fileMetrics() {
        return fileMetrics;
    }

    /** The module ({@code kernel::sync::arc}) whose body is in this file, for files of the kernel crate. */
    public Optional<String> moduleOf(String path) {
        return Optional.ofNullable(moduleOfFile.get(path));
    }

    /** Every crate, sorted by root. */
    public List<Crate> crates() {
        return crates;
    }

    public List<FileMetrics> filesWithRole(FileRole role) {
        return fileMetrics.stream().filter(f -> f.role() == role).toList();
    }

    public List<UnsafeSite> unsafeSites() {
        List<UnsafeSite> sites = new ArrayList<>();
        facts.forEach((path, fileFacts) -> fileFacts.unsafeSites().forEach(s -> sites.add(
                new UnsafeSite(path, s.line(), s.kind(), s.enclosing(), s.documented(), s.inMacroRules(),
                        s.placeholder()))));
        return sites;
    }
}
