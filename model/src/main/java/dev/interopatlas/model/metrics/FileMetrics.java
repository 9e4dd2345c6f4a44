package dev.interopatlas.model.metrics;

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
 * @param bindings    each distinct {@code bindings::NAME} with how often it occurs
 * @param kernelPaths modules of the {@code kernel} crate the file refers to ({@code "net::phy"}), sorted
 */
@JsonPropertyOrder({"path", "role", "crate", "lines", "unsafeBlocks", "unsafeFns", "unsafeImpls", "unsafeTraits",
        "unsafeBlocksDocumented", "unsafeInMacroRules", "bindings", "kernelPaths"})
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
        int unsafeInMacroRules,
        SortedMap<String, Integer> bindings,
        List<String> kernelPaths) {

    public FileMetrics {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
        crate = crate == null ? "" : crate;
        bindings = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(bindings));
        kernelPaths = List.copyOf(kernelPaths);
    }

    /** All unsafe sites: blocks, fns, impls and traits. */
    public int unsafeTotal() {
        return unsafeBlocks + unsafeFns + unsafeImpls + unsafeTraits;
    }
}
