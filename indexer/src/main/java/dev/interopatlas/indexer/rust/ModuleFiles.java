package dev.interopatlas.indexer.rust;

import dev.interopatlas.indexer.facts.ModDecl;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.source.TreePaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rust 2018 module-file rules over the .rs files of one tree, without knowing its crates: a file's parent module
 * is the one whose {@code mod x;} loads it, and a file that no declaration loads is a crate root. A file is
 * mod-rs (its {@code mod x;} children live beside it) when it is mod.rs, lib.rs or main.rs, is loaded through
 * {@code #[path]}, or is a crate root like nova_core.rs whose children are found beside it and not below it.
 * Small on purpose: a crate's own module tree can answer the same three questions later.
 */
public final class ModuleFiles {
    /** A module: the file that holds it and the inline modules inside that file, outermost first. */
    public record Location(String file, List<String> inline) {
        public Location {
            inline = List.copyOf(inline);
        }
    }

    private final Map<String, RustFacts> facts;
    private final Set<String> loadedByPath = new HashSet<>();
    private final Map<String, Location> declaringModule = new HashMap<>();

    /** @param facts every .rs file of the tree by path */
    public ModuleFiles(Map<String, RustFacts> facts) {
        this.facts = facts;
        Map<String, RustFacts> sorted = new TreeMap<>(facts); // a file declared twice keeps its first parent
        sorted.forEach((path, fileFacts) -> fileFacts.modDecls().stream()
                .filter(d -> !d.inline() && d.pathAttribute().isPresent())
                .forEach(d -> childFile(path, d).ifPresent(loadedByPath::add)));
        sorted.forEach((path, fileFacts) -> fileFacts.modDecls().stream()
                .filter(d -> !d.inline())
                .forEach(d -> childFile(path, d).filter(child -> !child.equals(path)).ifPresent(child ->
                        declaringModule.putIfAbsent(child, new Location(path, d.inlineParents())))));
    }

    public Optional<RustFacts> facts(String file) {
        return Optional.ofNullable(facts.get(file));
    }

    /** The module that declares this one ({@code super}); empty at a crate root. */
    public Optional<Location> parent(Location module) {
        if (!module.inline().isEmpty()) {
            return Optional.of(new Location(module.file(), module.inline().subList(0, module.inline().size() - 1)));
        }
        return Optional.ofNullable(declaringModule.get(module.file()));
    }

    /** The root module of the crate holding {@code file} ({@code crate}). */
    public Location crateRoot(String file) {
        String root = file;
        Set<String> seen = new HashSet<>();
        while (seen.add(root) && declaringModule.containsKey(root)) {
            root = declaringModule.get(root).file();
        }
        return new Location(root, List.of());
    }

    /** The module {@code name} declared in {@code module}, inline or in its own file. */
    public Optional<Location> child(Location module, String name) {
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
        String dir = parentDir(declaring);
        String below = join(dir, stem(declaring));
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

    private static String parentDir(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".rs") ? name.substring(0, name.length() - 3) : name;
    }
}
