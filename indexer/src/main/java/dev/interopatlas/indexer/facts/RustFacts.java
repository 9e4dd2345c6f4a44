package dev.interopatlas.indexer.facts;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the Rust analyzer finds in one file's bytes. Depends on the bytes only (never on the path), so it can be
 * cached by git blob id and shared by every release that contains the blob.
 *
 * @param lines           number of lines (a final line without newline counts)
 * @param bindings        each distinct {@code bindings::NAME} of the kernel's bindings crate, as far as the file
 *                        alone shows ({@code kernel::bindings::X}, or no other {@code bindings} in scope), and its
 *                        count
 * @param kernelRefs      paths into the kernel crate ({@code kernel::…} and {@code crate::…})
 * @param usesKernel      the file names the kernel crate ({@code kernel::} anywhere in code)
 * @param scopedBindings  {@code bindings::NAME} whose {@code bindings} is named by a module path the tree resolves
 * @param bindingsAliases module-level {@code use}s that name {@code bindings}, for other files that refer to them
 * @param crateName       the value of a {@code #![crate_name = "…"]} inner attribute, which names the crate when
 *                        the file is a crate root
 * @param includes        the paths of {@code include!("…")} with a plain string literal, relative to this file's
 *                        directory
 */
public record RustFacts(int lines, List<UnsafeSiteFact> unsafeSites, SortedMap<String, Integer> bindings,
                        List<PathRef> kernelRefs, boolean usesKernel, List<ModDecl> modDecls,
                        List<LineWarning> warnings, List<ScopedBindings> scopedBindings,
                        List<BindingsAlias> bindingsAliases, Optional<String> crateName, List<String> includes) {
    public RustFacts {
        unsafeSites = List.copyOf(unsafeSites);
        bindings = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(bindings));
        kernelRefs = List.copyOf(kernelRefs);
        modDecls = List.copyOf(modDecls);
        // capped here, so facts cached before the cap was added come back capped too
        warnings = List.copyOf(LineWarning.capped(warnings));
        scopedBindings = scopedBindings == null ? List.of() : List.copyOf(scopedBindings);
        bindingsAliases = bindingsAliases == null ? List.of() : List.copyOf(bindingsAliases);
        crateName = crateName == null ? Optional.empty() : crateName;
        includes = includes == null ? List.of() : List.copyOf(includes);
    }

    /** Facts without scoped {@code bindings} (every {@code bindings::NAME} is the kernel's), crate name or includes. */
    public RustFacts(int lines, List<UnsafeSiteFact> unsafeSites, SortedMap<String, Integer> bindings,
                     List<PathRef> kernelRefs, boolean usesKernel, List<ModDecl> modDecls,
                     List<LineWarning> warnings) {
        this(lines, unsafeSites, bindings, kernelRefs, usesKernel, modDecls, warnings, List.of(), List.of(),
                Optional.empty(), List.of());
    }
}
