package dev.interopatlas.indexer.crates;

import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.rust.KernelModuleTree;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.indexer.source.TreePaths;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.IndexWarning;
import dev.interopatlas.model.metrics.Upstream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds every Rust crate of a tree without building it: the roots that Makefiles, Kbuild and tools/ Build files
 * name (see {@link KbuildCrateRoots}; the build files of every directory holding a .rs file and of its ancestors are
 * read), plus the kernel crate, each followed through its {@code mod} tree and the files it {@code include!}s.
 * Each .rs file belongs to exactly one crate: the first, in root order with the kernel crate first, whose tree
 * reaches it. A file under {@code rust/} that no crate reaches belongs, not built, to the crate whose directory most
 * closely encloses it (see {@link UnbuiltFiles}): zerocopy's benches, pin-init's examples. Any other file that no
 * crate reaches roots a crate of its own (with the files its own {@code mod}s reach) and a warning names it.
 */
public final class CrateFinder {
    /** Build files Kbuild (or tools/build) reads in a directory. */
    private static final List<String> BUILD_FILE_NAMES = List.of("Kbuild", "Makefile", "Build");

    /**
     * @param crates      sorted by root
     * @param crateOfFile the crate name of every .rs file
     * @param moduleTrees the {@code mod} tree of each crate, by root (a crate's unbuilt files are in none)
     */
    public record Result(List<Crate> crates, Map<String, String> crateOfFile, List<IndexWarning> warnings,
                         Map<String, KernelModuleTree> moduleTrees) {
        public Result {
            crates = List.copyOf(crates);
            crateOfFile = Map.copyOf(crateOfFile);
            warnings = List.copyOf(warnings);
            moduleTrees = Map.copyOf(moduleTrees);
        }

        /** Crates without their module trees. */
        public Result(List<Crate> crates, Map<String, String> crateOfFile, List<IndexWarning> warnings) {
            this(crates, crateOfFile, warnings, Map.of());
        }
    }

    private final SourceTree tree;
    private final SortedMap<String, RustFacts> facts;
    private final List<IndexWarning> warnings = new ArrayList<>();
    private final Map<String, String> crateOfFile = new HashMap<>();
    private final List<Crate> crates = new ArrayList<>();
    private final Map<String, KernelModuleTree> moduleTrees = new HashMap<>();
    private final Map<String, Optional<String>> readmeOfDirectory = new HashMap<>();

    private CrateFinder(SourceTree tree, Map<String, RustFacts> facts) {
        this.tree = tree;
        this.facts = new TreeMap<>(facts);
    }

    /** @param facts the facts of every .rs file of the tree, by path */
    public static Result find(SourceTree tree, Map<String, RustFacts> facts) {
        CrateFinder finder = new CrateFinder(tree, facts);
        finder.run();
        finder.crates.sort(Comparator.comparing(Crate::root));
        return new Result(finder.crates, finder.crateOfFile, finder.warnings, finder.moduleTrees);
    }

    private void run() {
        for (KbuildCrateRoots.DeclaredRoot root : declaredRoots()) {
            String name = root.name().or(() -> facts.get(root.root()).crateName())
                    .orElseGet(() -> stemName(root.root()));
            claim(name, root.root(), false);
        }
        addUnbuiltFilesUnderRust();
        addOrphans();
    }

    /** Roots named by build files, the kernel crate first, then by path; a rule's crate name wins over an object's. */
    private List<KbuildCrateRoots.DeclaredRoot> declaredRoots() {
        Map<String, KbuildCrateRoots.DeclaredRoot> byRoot = new LinkedHashMap<>();
        if (facts.containsKey(KernelModuleTree.ROOT_FILE)) {
            byRoot.put(KernelModuleTree.ROOT_FILE, new KbuildCrateRoots.DeclaredRoot(KernelModuleTree.ROOT_FILE,
                    Optional.of(KernelModuleTree.CRATE), KernelModuleTree.ROOT_FILE));
        }
        for (String directory : directoriesToRead()) {
            for (String name : BUILD_FILE_NAMES) {
                String path = directory.isEmpty() ? name : directory + "/" + name;
                Optional<SourceFile> file = tree.file(path);
                if (file.isEmpty()) {
                    continue;
                }
                KbuildFile parsed;
                try {
                    parsed = KbuildFile.parse(new String(tree.read(file.get()), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    warnings.add(new IndexWarning(path, 0, "build file not read, the crates it names are missed: "
                            + e.getMessage()));
                    continue;
                }
                for (KbuildCrateRoots.DeclaredRoot root : KbuildCrateRoots.of(path, parsed, facts::containsKey)) {
                    byRoot.merge(root.root(), root, (old, added) -> old.name().isEmpty() && added.name().isPresent()
                            ? added : old);
                }
            }
        }
        List<KbuildCrateRoots.DeclaredRoot> roots = new ArrayList<>(byRoot.values());
        roots.sort(Comparator.comparing((KbuildCrateRoots.DeclaredRoot r) -> !r.root().equals(
                KernelModuleTree.ROOT_FILE)).thenComparing(KbuildCrateRoots.DeclaredRoot::root));
        return roots;
    }

    /** Every directory holding a .rs file, and its ancestors: a Makefile may name {@code sub/dir/x.o}. */
    private Set<String> directoriesToRead() {
        Set<String> directories = new TreeSet<>();
        for (String path : facts.keySet()) {
            String dir = TreePaths.parentDir(path);
            while (directories.add(dir) && !dir.isEmpty()) {
                dir = TreePaths.parentDir(dir);
            }
        }
        return directories;
    }

    /**
     * Files under rust/ that no declared crate reached join the crate whose directory encloses them, marked not
     * built; one warning per crate counts them.
     */
    private void addUnbuiltFilesUnderRust() {
        List<String> unreached = facts.keySet().stream().filter(p -> !crateOfFile.containsKey(p)).toList();
        Map<Crate, List<String>> adopted = UnbuiltFiles.adopt(crates, unreached);
        adopted.forEach((crate, unbuilt) -> {
            unbuilt.forEach(file -> crateOfFile.put(file, crate.name()));
            Set<String> files = new TreeSet<>(crate.files());
            files.addAll(unbuilt);
            crates.set(crates.indexOf(crate), new Crate(crate.name(), crate.root(), crate.kind(), crate.upstream(),
                    List.copyOf(files), unbuilt));
            warnings.add(UnbuiltFiles.warning(crate, unbuilt));
        });
    }

    /**
     * Files no crate reached or adopted (outside rust/, or in a directory of rust/ that no single crate's directory
     * encloses): those that no other such file's mod tree reaches root crates of their own, as stray files may
     * share modules. One warning per directory names them.
     */
    private void addOrphans() {
        List<String> orphans = facts.keySet().stream().filter(p -> !crateOfFile.containsKey(p)).toList();
        Set<String> reachedFromAnother = new HashSet<>();
        for (String orphan : orphans) {
            for (String file : filesOf(KernelModuleTree.build(stemName(orphan), orphan, facts))) {
                if (!file.equals(orphan)) {
                    reachedFromAnother.add(file);
                }
            }
        }
        List<String> roots = new ArrayList<>(orphans.stream().filter(p -> !reachedFromAnother.contains(p)).toList());
        roots.addAll(orphans.stream().filter(reachedFromAnother::contains).toList()); // only a mod cycle is left
        Map<String, List<String>> rootsByDirectory = new TreeMap<>();
        for (String root : roots) {
            if (!crateOfFile.containsKey(root)) {
                claim(facts.get(root).crateName().orElseGet(() -> stemName(root)), root, true);
                rootsByDirectory.computeIfAbsent(TreePaths.parentDir(root), d -> new ArrayList<>())
                        .add(root.substring(root.lastIndexOf('/') + 1));
            }
        }
        rootsByDirectory.forEach((dir, names) -> warnings.add(new IndexWarning(dir.isEmpty() ? "." : dir, 0,
                "no Makefile, Kbuild or Build file builds " + (names.size() == 1 ? "this file" : "these "
                        + names.size() + " files") + " and no crate's mod tree reaches " + (names.size() == 1 ? "it"
                        : "them") + ", so each is a crate of its own: " + String.join(", ", names))));
    }

    /**
     * @param orphan a root no build file names; files it shares with other such roots are expected then, and the
     *               first root in path order keeps them
     */
    private void claim(String name, String root, boolean orphan) {
        if (crateOfFile.containsKey(root)) {
            warnings.add(new IndexWarning(root, 0, "crate root already belongs to crate " + crateOfFile.get(root)
                    + "; not counted as crate " + name));
            return;
        }
        KernelModuleTree modules = KernelModuleTree.build(name, root, facts);
        moduleTrees.put(root, modules);
        List<String> files = new ArrayList<>();
        for (String file : filesOf(modules)) {
            String owner = crateOfFile.putIfAbsent(file, name);
            if (owner == null) {
                files.add(file);
            } else if (!orphan) {
                warnings.add(new IndexWarning(file, 0, "reached from crate " + name + " (" + root
                        + ") as well; counted in crate " + owner));
            }
        }
        Optional<Upstream> upstream = vendoredUpstream(root, name);
        // the kernel crate's are reported with its modules; vendored crates leave out upstream's test modules
        if (!root.equals(KernelModuleTree.ROOT_FILE) && upstream.isEmpty()) {
            modules.missing().forEach(m -> warnings.add(new IndexWarning(root, 0,
                    "module declared but its file is missing: " + m)));
        }
        crates.add(new Crate(name, root, CrateKinds.of(root, upstream.isPresent()), upstream, files));
    }

    /** The files of a module tree and those they {@code include!}, transitively; sorted. */
    private Set<String> filesOf(KernelModuleTree modules) {
        Set<String> files = new TreeSet<>(modules.files());
        Deque<String> work = new ArrayDeque<>(files);
        while (!work.isEmpty()) {
            String file = work.poll();
            String dir = TreePaths.parentDir(file);
            for (String include : facts.get(file).includes()) {
                TreePaths.normalize(dir.isEmpty() ? include : dir + "/" + include)
                        .filter(facts::containsKey).filter(files::add).ifPresent(work::add);
            }
        }
        return files;
    }

    /** The nearest README above the root decides: vendored when it says where the files come from. */
    private Optional<Upstream> vendoredUpstream(String root, String crateName) {
        String dir = TreePaths.parentDir(root);
        while (true) {
            Optional<String> readme = readmeIn(dir);
            if (readme.isPresent()) {
                return VendoredReadme.parse(readme.get(), crateName);
            }
            if (dir.isEmpty()) {
                return Optional.empty();
            }
            dir = TreePaths.parentDir(dir);
        }
    }

    private Optional<String> readmeIn(String dir) {
        return readmeOfDirectory.computeIfAbsent(dir, d -> {
            for (String name : VendoredReadme.FILE_NAMES) {
                Optional<SourceFile> file = tree.file(d.isEmpty() ? name : d + "/" + name);
                if (file.isPresent()) {
                    try {
                        return Optional.of(new String(tree.read(file.get()), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        warnings.add(new IndexWarning(file.get().path(), 0, "README not read: " + e.getMessage()));
                    }
                }
            }
            return Optional.empty();
        });
    }

    /**
     * The name rustc infers from a root file: its stem with {@code -} as {@code _}; for lib.rs, main.rs and mod.rs
     * (which Cargo, not rustc, would name) the directory's name, skipping {@code src}.
     */
    static String stemName(String root) {
        String[] parts = root.split("/");
        String stem = parts[parts.length - 1].replaceFirst("\\.rs$", "");
        int dir = parts.length - 2;
        if ((stem.equals("lib") || stem.equals("main") || stem.equals("mod")) && dir >= 0) {
            if (parts[dir].equals("src") && dir > 0) {
                dir--;
            }
            stem = parts[dir];
        }
        return stem.replace('-', '_');
    }
}
