package dev.interopatlas.model.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Rust crate the tree builds (or a file no build names, which stands alone).
 *
 * @param name         rustc's crate name: {@code #![crate_name]}, the name the Makefile gives, else the root's stem
 * @param root         the crate root file, relative to the tree root
 * @param upstream     for vendored crates only
 * @param files        every file of the crate, sorted by path: the root, every file its {@code mod} tree reaches,
 *                     and its {@code unbuiltFiles}
 * @param unbuiltFiles those of {@code files} that nothing builds: files under {@code rust/} in the crate's
 *                     directory that no build file names and no crate's {@code mod} tree reaches (Cargo's examples
 *                     and benches); they are counted as the crate's code. Left out of JSON when empty
 */
@JsonPropertyOrder({"name", "root", "kind", "upstream", "files", "unbuiltFiles"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Crate(String name, String root, CrateKind kind, Optional<Upstream> upstream, List<String> files,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> unbuiltFiles) {
    public Crate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(upstream, "upstream");
        files = List.copyOf(files);
        unbuiltFiles = unbuiltFiles == null ? List.of() : List.copyOf(unbuiltFiles); // JSON written before it
    }

    /** A crate all of whose files are built. */
    public Crate(String name, String root, CrateKind kind, Optional<Upstream> upstream, List<String> files) {
        this(name, root, kind, upstream, files, List.of());
    }

    public boolean vendored() {
        return kind == CrateKind.VENDORED;
    }
}
