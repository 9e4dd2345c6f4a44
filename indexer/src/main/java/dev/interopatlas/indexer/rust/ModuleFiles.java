package dev.interopatlas.indexer.rust;

import dev.interopatlas.indexer.facts.ModDecl;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.source.TreePaths;
import dev.interopatlas.model.index.RustModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a file's modules sit in its crate: its crate root ({@code crate}), the module that declares it
 * ({@code super}) and the modules it declares. A file that a crate's {@code mod} tree reaches is answered from that
 * tree ({@link KernelModuleTree}, followed from the root the build files name). Other files (those of no crate, a
 * crate's unbuilt Cargo targets, files only {@code include!}d, the second file of a cfg alternative) fall back to
 * Rust 2018 module-file rules over all .rs files of the tree: a file's parent module is the one whose {@code mod x;}
 * loads it, and a file that no declaration loads is a crate root. A file is mod-rs (its {@code mod x;} children
 * live beside it) when it is mod.rs, lib.rs or main.rs, is loaded through {@code #[path]}, or is a crate root like
 * nova_core.rs whose children are found beside it and not below it.
 */
public final class ModuleFiles {
    /** A module: the file that holds it and the inline modules inside that file, outermost first. */
    public record Location(String file, List<String> inline) {
        public Location {
            inline = List.copyOf(inline);
        }
    }

    /** A file's module in the tree of its crate. */
    private record CrateModule(String root, String path) {
    }

    private final Map<String, RustFacts> facts;
    private final Set<String> loadedByPath = new HashSet<>();
    private final Map<String, Location> declaringModule = new HashMap<>();
    private final Map<String, CrateModule> crateModuleOfFile = new HashMap<>();
    /** Per crate root: every module of its tree by path. */
    private final Map<String, Map<String, Location>> crateModules = new HashMap<>();

    /**
     * Modules guessed from {@code mod} declarations alone, for trees whose crates are not known.
     *
     * @param facts every .rs file of the tree by path
     */
    public ModuleFiles(Map<String, RustFacts> facts) {
        this(facts, Map.of(), Map.of());
    }

    /**
     * @param facts       every .rs file of the tree by path
     * @param moduleTrees the {@code mod} tree of each crate, by crate root
     * @param crateRootOfFile the root of the crate each file belongs to; a file that another crate's tree reaches
     *                        too is answered from its own crate's tree
     */
    public ModuleFiles(Map<String, RustFacts> facts, Map<String, KernelModuleTree> moduleTrees,
                       Map<String, String> crateRootOfFile) {
        this.facts = facts;
        moduleTrees.forEach((root, tree) -> indexCrate(root, tree, crateRootOfFile));
        Map<String, RustFacts> sorted = new TreeMap<>(facts); // a file declared twice keeps its first parent
        sorted.forEach((path, fileFacts) -> fileFacts.modDecls().stream()
                .filter(d -> !d.inline() && d.pathAttribute().isPresent())
                .forEach(d -> childFile(path, d).ifPresent(loadedByPath::add)));
        sorted.forEach((path, fileFacts) -> fileFacts.modDecls().stream()
                .filter(d -> !d.inline())
                .forEach(d -> childFile(path, d).filter(child -> !child.equals(path)).ifPresent(child ->
                        declaringModule.putIfAbsent(child, new Location(path, d.inlineParents())))));
    }

    private void indexCrate(String root, KernelModuleTree tree, Map<String, String> crateRootOfFile) {
        Map<String, RustModule> byPath = new HashMap<>();
        tree.modules().forEach(m -> byPath.put(m.path(), m));
        Map<String, Location> locations = new HashMap<>();
        for (RustModule module : tree.modules()) { // sorted by path: a file loaded twice keeps its first module
            if (!module.inline()) {
                locations.put(module.path(), new Location(module.file(), List.of()));
                if (root.equals(crateRootOfFile.get(module.file()))) {
                    crateModuleOfFile.putIfAbsent(module.file(), new CrateModule(root, module.path()));
                }
                continue;
            }
            // the file's own module is the closest enclosing module held in another file (or the root)
            List<String> inline = new ArrayList<>();
            String enclosing = module.path();
            do {
                inline.add(0, enclosing.substring(enclosing.lastIndexOf("::") + 2));
                enclosing = enclosing.substring(0, enclosing.lastIndexOf("::"));
            } while (enclosing.contains("::") && byPath.containsKey(enclosing) && byPath.get(enclosing).inline());
            locations.put(module.path(), new Location(module.file(), inline));
        }
        crateModules.put(root, locations);
    }

    public Optional<RustFacts> facts(String file) {
        return Optional.ofNullable(facts.get(file));
    }

    /** The module that declares this one ({@code super}); empty at a crate root. */
    public Optional<Location> parent(Location module) {
        if (!module.inline().isEmpty()) {
            return Optional.of(new Location(module.file(), module.inline().subList(0, module.inline().size() - 1)));
        }
        CrateModule own = crateModuleOfFile.get(module.file());
        if (own != null) {
            int last = own.path().lastIndexOf("::");
            return last < 0 ? Optional.empty()
                    : Optional.ofNullable(crateModules.get(own.root()).get(own.path().substring(0, last)));
        }
        return Optional.ofNullable(declaringModule.get(module.file()));
    }

    /** The root module of the crate holding {@code file} ({@code crate}). */
    public Location crateRoot(String file) {
        CrateModule own = crateModuleOfFile.get(file);
        if (own != null) {
            return new Location(own.root(), List.of());
        }
        String root = file;
        Set<String> seen = new HashSet<>();
        while (seen.add(root) && declaringModule.containsKey(root)) {
            root = declaringModule.get(root).file();
        }
        return new Location(root, List.of());
    }

    /** The module {@code name} declared in {@code module}, inline or in its own file. */
    public Optional<Location> child(Location module, String name) {
        CrateModule own = crateModuleOfFile.get(module.file());
        if (own != null) {
            String path = own.path() + module.inline().stream().map(m -> "::" + m).collect(Collectors.joining())
                    + "::" + name;
            return Optional.ofNullable(crateModules.get(own.root()).get(path));
        }
        RustFacts fileFacts = facts.get(module.file());
        if (fileFacts == null) {
            return Optional.empty();
        }
        for (ModDecl decl : fileFacts.modDecls()) {
            if (decl.name().equals(name) && decl.inlineParents().equals(module.inline())) {
                if (decl.inline()) {
                    List<String> inline = new ArrayList<>(module.inline());
                    inline.add(name);
                    return Optional.of(new Location(module.file(), inline));
                }
                Optional<String> file = childFile(module.file(), decl);
                if (file.isPresent()) {
                    return Optional.of(new Location(file.get(), List.of()));
                }
            }
        }
        return Optional.empty();
    }

    /** The file a {@code mod x;} of {@code declaring} loads, if it is in the tree. */
    private Optional<String> childFile(String declaring, ModDecl decl) {
        String dir = TreePaths.parentDir(declaring);
        String below = join(dir, TreePaths.rustStem(declaring));
        String inline = String.join("/", decl.inlineParents());
        if (decl.pathAttribute().isPresent()) {
            String base = decl.inlineParents().isEmpty() ? dir : join(isModRs(declaring) ? dir : below, inline);
            return TreePaths.normalize(join(base, decl.pathAttribute().get())).filter(facts::containsKey);
        }
        List<String> candidates = new ArrayList<>();
        if (!isModRs(declaring)) {
            candidates.add(join(join(below, inline), decl.name() + ".rs"));
            candidates.add(join(join(below, inline), decl.name() + "/mod.rs"));
        }
        // mod-rs files, and crate roots whatever their name: children beside the file
        candidates.add(join(join(dir, inline), decl.name() + ".rs"));
        candidates.add(join(join(dir, inline), decl.name() + "/mod.rs"));
        return candidates.stream().filter(facts::containsKey).findFirst();
    }

    private boolean isModRs(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.equals("mod.rs") || name.equals("lib.rs") || name.equals("main.rs")
                || loadedByPath.contains(file);
    }

    private static String join(String dir, String relative) {
        if (dir.isEmpty()) {
            return relative;
        }
        return relative.isEmpty() ? dir : dir + "/" + relative;
    }
}
