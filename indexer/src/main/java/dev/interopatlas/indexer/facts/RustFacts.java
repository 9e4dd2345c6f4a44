package dev.interopatlas.indexer.facts;

import java.util.List;
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
 */
public record RustFacts(int lines, List<UnsafeSiteFact> unsafeSites, SortedMap<String, Integer> bindings,
                        List<PathRef> kernelRefs, boolean usesKernel, List<ModDecl> modDecls,
                        List<LineWarning> warnings) {
    public RustFacts {
        unsafeSites = List.copyOf(unsafeSites);
        bindings = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(bindings));
        kernelRefs = List.copyOf(kernelRefs);
        modDecls = List.copyOf(modDecls);
        warnings = List.copyOf(warnings);
    }
}
