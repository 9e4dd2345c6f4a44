package dev.interopatlas.indexer.facts;

import java.util.List;

/**
 * A module-level {@code use} that gives the name {@code bindings} to a module ({@code pub use bindings;},
 * {@code use r570_144 as bindings;}): other files follow it when they write {@code super::bindings} or
 * {@code crate::bindings}.
 *
 * @param scope  the inline modules (outermost first) holding the {@code use}
 * @param target the used path as written, e.g. [r570_144] or [bindings]
 */
public record BindingsAlias(List<String> scope, List<String> target, int line) {
    public BindingsAlias {
        scope = List.copyOf(scope);
        target = List.copyOf(target);
    }
}
