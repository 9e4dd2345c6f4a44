package dev.interopatlas.model.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Per-file figures of one Rust source file, exactly as the {@code metrics} JSON schema names them.
 *
 * @param path        path relative to the tree root, with {@code /}
 * @param crate       name of the crate the file belongs to (see {@link Crate}); empty in indexes written before
 *                    crates were found
 * @param bindings    each distinct {@code bindings::NAME} of the kernel's bindings crate with how often it occurs
 * @param localBindings {@code bindings::NAME} paths whose {@code bindings} is a module of the file's own crate,
 *                    per module file; omitted from JSON when empty
 * @param kernelPaths modules of the {@code kernel} crate the file refers to ({@code "net::phy"}), sorted
 * @param unsafeBlocksDocumented  blocks with a SAFETY comment that is not a placeholder
 * @param unsafeBlocksPlaceholder blocks whose SAFETY comments are all placeholders ({@link SafetyPlaceholder});
 *                                the blocks with no SAFETY comment are the rest
 */
@JsonPropertyOrder({"path", "role", "crate", "lines", "unsafeBlocks", "unsafeFns", "unsafeImpls", "unsafeTraits",
        "unsafeBlocksDocumented", "unsafeBlocksPlaceholder", "unsafeInMacroRules", "bindings", "localBindings",
        "kernelPaths"})
public record FileMetrics(
        String path,
        FileRole role,
        String crate,
        int lines,
        int unsafeBlocks,
        int unsafeFns,
        int unsafeImpls,
        int unsafeTraits,
        int unsafeBlocksDocumented,
        int unsafeBlocksPlaceholder,
        int unsafeInMacroRules,
        SortedMap<String, Integer> bindings,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LocalBindings> localBindings,
        List<String> kernelPaths) {

    public FileMetrics {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
        crate = crate == null ? "" : crate;
        bindings = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(bindings));
        localBindings = localBindings == null ? List.of() : List.copyOf(localBindings);
        kernelPaths = List.copyOf(kernelPaths);
    }

    /** Unsafe blocks with no SAFETY comment at all (placeholders not included). */
    public int unsafeBlocksUndocumented() {
        return unsafeBlocks - unsafeBlocksDocumented - unsafeBlocksPlaceholder;
    }

    /** All unsafe sites: blocks, fns, impls and traits. */
    public int unsafeTotal() {
        return unsafeBlocks + unsafeFns + unsafeImpls + unsafeTraits;
    }
}
