package dev.interopatlas.indexer.rust;

import dev.interopatlas.indexer.facts.BindingsAlias;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.facts.ScopedBindings;
import dev.interopatlas.model.metrics.LocalBindings;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Resolves the module path a file writes for its {@code bindings} ({@link ScopedBindings#target()}) to the
 * kernel's bindings crate or to a module of the file's own crate. Segments are followed as rustc does: {@code
 * crate} is the crate root, {@code super} the declaring module, {@code self} stays, a name is a {@code mod} of
 * the current module or, for {@code bindings}, that module's own {@code use … as bindings} (so {@code
 * use super::bindings;} in gsp/fw/commands.rs reaches fw.rs's {@code use r570_144 as bindings;}, and
 * {@code crate::bindings} in the kernel crate reaches lib.rs's {@code pub use bindings;}).
 */
public final class BindingsTargets {
    /** Aliases that lead to aliases stop here; real code needs two steps. */
    private static final int MAX_ALIAS_STEPS = 8;

    /**
     * Where a target leads.
     *
     * @param kernel the kernel's bindings crate
     * @param module else the crate-local module, empty when it could not be found
     */
    public record Target(boolean kernel, Optional<ModuleFiles.Location> module) {
        static final Target KERNEL = new Target(true, Optional.empty());
        static final Target UNKNOWN_LOCAL = new Target(false, Optional.empty());

        /** The crate-local module's file. */
        public Optional<String> file() {
            return module.map(ModuleFiles.Location::file);
        }
    }

    /**
     * One file's {@code bindings::} names split by where they lead.
     *
     * @param kernel names of the kernel's bindings crate, with their counts
     * @param local  names of crate-local modules, per module file (found files first, sorted)
     */
    public record FileBindings(SortedMap<String, Integer> kernel, List<LocalBindings> local) {
    }

    private final ModuleFiles files;

    public BindingsTargets(ModuleFiles files) {
        this.files = files;
    }

    /** Splits the {@code bindings::} names of the file at {@code path}. */
    public FileBindings of(String path, RustFacts facts) {
        SortedMap<String, Integer> kernel = new TreeMap<>(facts.bindings());
        // "" stands for a module whose file was not found, listed last
        SortedMap<String, SortedMap<String, Integer>> local = new TreeMap<>(
                Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder()));
        for (ScopedBindings scoped : facts.scopedBindings()) {
            Target target = resolve(path, scoped);
            SortedMap<String, Integer> into = target.kernel() ? kernel
                    : local.computeIfAbsent(target.file().orElse(""), f -> new TreeMap<>());
            scoped.names().forEach((name, count) -> into.merge(name, count, Integer::sum));
        }
        List<LocalBindings> localBindings = local.entrySet().stream()
                .map(e -> new LocalBindings(Optional.of(e.getKey()).filter(f -> !f.isEmpty()), e.getValue()))
                .toList();
        return new FileBindings(kernel, localBindings);
    }

    /** What {@code bindings} means for the names of {@code scoped}, written in {@code file}. */
    public Target resolve(String file, ScopedBindings scoped) {
        return resolve(new ModuleFiles.Location(file, scoped.scope()), scoped.target(), 0);
    }

    private Target resolve(ModuleFiles.Location start, List<String> target, int aliasSteps) {
        if (BindingsScan.isKernelBindings(target)) {
            return Target.KERNEL;
        }
        ModuleFiles.Location current = start;
        for (int i = 0; i < target.size(); i++) {
            String segment = target.get(i);
            switch (segment) {
                case "::" -> {
                    return Target.UNKNOWN_LOCAL; // another extern crate
                }
                case "crate" -> current = files.crateRoot(current.file());
                case "self" -> {
                }
                case "super" -> {
                    Optional<ModuleFiles.Location> parent = files.parent(current);
                    if (parent.isEmpty()) {
                        return Target.UNKNOWN_LOCAL;
                    }
                    current = parent.get();
                }
                default -> {
                    Optional<ModuleFiles.Location> child = files.child(current, segment);
                    if (child.isPresent()) {
                        current = child.get();
                    } else if (segment.equals(BindingsScan.BINDINGS) && aliasSteps < MAX_ALIAS_STEPS) {
                        Optional<BindingsAlias> alias = aliasIn(current);
                        if (alias.isEmpty()) {
                            return Target.UNKNOWN_LOCAL;
                        }
                        Target aliased = resolve(new ModuleFiles.Location(current.file(), alias.get().scope()),
                                alias.get().target(), aliasSteps + 1);
                        if (aliased.kernel() || aliased.module().isEmpty()) {
                            return aliased;
                        }
                        current = aliased.module().get();
                    } else {
                        return Target.UNKNOWN_LOCAL;
                    }
                }
            }
        }
        return new Target(false, Optional.of(current));
    }

    private Optional<BindingsAlias> aliasIn(ModuleFiles.Location module) {
        return files.facts(module.file()).stream()
                .flatMap(f -> f.bindingsAliases().stream())
                .filter(a -> a.scope().equals(module.inline()))
                .findFirst();
    }
}
