package dev.interopatlas.model.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a vendored crate comes from, as its README says ("These source files come from the Rust `syn` crate,
 * version 2.0.106").
 *
 * @param version empty when the README names none (6.1's {@code alloc} copies "the Rust standard library")
 */
@JsonPropertyOrder({"name", "version"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Upstream(String name, Optional<String> version) {
    public Upstream {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }
}
