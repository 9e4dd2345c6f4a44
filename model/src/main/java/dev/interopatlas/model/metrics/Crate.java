package dev.interopatlas.model.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Rust crate the tree builds (or a file no build names, which stands alone).
 *
 * @param name     rustc's crate name: {@code #![crate_name]}, the name the Makefile gives, else the root's stem
 * @param root     the crate root file, relative to the tree root
 * @param upstream for vendored crates only
 * @param files    the root and every file its {@code mod} tree reaches, sorted by path
 */
@JsonPropertyOrder({"name", "root", "kind", "upstream", "files"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Crate(String name, String root, CrateKind kind, Optional<Upstream> upstream, List<String> files) {
    public Crate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(upstream, "upstream");
        files = List.copyOf(files);
    }

    public boolean vendored() {
        return kind == CrateKind.VENDORED;
    }
}
