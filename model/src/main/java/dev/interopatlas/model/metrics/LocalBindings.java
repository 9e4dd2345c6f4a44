package dev.interopatlas.model.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code bindings::NAME} paths of a file whose {@code bindings} is a module of its own crate (nova-core's
 * {@code use r570_144 as bindings;}), not the kernel's bindings crate: they are no C symbols.
 *
 * @param file  the file of that module ({@code drivers/gpu/nova-core/gsp/fw/r570_144.rs}), absent when it could
 *              not be found
 * @param names each distinct name with how often it occurs
 */
@JsonPropertyOrder({"file", "names"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record LocalBindings(Optional<String> file, SortedMap<String, Integer> names) {
    public LocalBindings {
        file = file == null ? Optional.empty() : file;
        names = Collections.unmodifiableSortedMap(new TreeMap<>(names == null ? Collections.emptySortedMap() : names));
    }
}
