package dev.interopatlas.indexer.facts;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the Rust analyzer finds in one file's bytes. Depends on the bytes only (never on the path), so it can be
 * cached by git blob id and shared by every release that contains the blob.
 *
 * @param lines       number of lines (a final line without newline counts)
 * @param bindings    each distinct {@code bindings::NAME} and its count
 * @param kernelRefs  paths into the kernel crate ({@code kernel::…} and {@code crate::…})
 * @param usesKernel  the file names the kernel crate ({@code kernel::} anywhere in code)
 * @param crateName   the value of a {@code #![crate_name = "…"]} inner attribute, which names the crate when the
 *                    file is a crate root
 * @param includes    the paths of {@code include!("…")} with a plain string literal, relative to this file's directory
 */
public record RustFacts(int lines, List<UnsafeSiteFact> unsafeSites, SortedMap<String, Integer> bindings,
                        List<PathRef> kernelRefs, boolean usesKernel, List<ModDecl> modDecls,
                        List<LineWarning> warnings, Optional<String> crateName, List<String> includes) {
    public RustFacts {
        unsafeSites = List.copyOf(unsafeSites);
        bindings = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(bindings));
        kernelRefs = List.copyOf(kernelRefs);
        modDecls = List.copyOf(modDecls);
        warnings = List.copyOf(warnings);
        includes = List.copyOf(includes);
    }
}
