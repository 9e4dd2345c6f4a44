package dev.interopatlas.indexer.facts;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code bindings::NAME} paths whose {@code bindings} the file names by a module path ({@code use r570_144 as
 * bindings;}, {@code use super::bindings;}, {@code crate::bindings::X}, {@code mod bindings}): which module that
 * is, the kernel's bindings crate or one of the file's own crate, only the tree can tell.
 *
 * @param target the module path as written, e.g. [r570_144], [super, bindings], [crate, bindings]; a
 *               {@code mod bindings} item gives [self, bindings]
 * @param scope  the inline modules (outermost first) in which the target is written, to which it is relative
 * @param line   the line of the {@code use} or {@code mod} that brings it in, or of the first qualified path
 * @param names  each distinct name with how often it occurs
 */
public record ScopedBindings(List<String> target, List<String> scope, int line, SortedMap<String, Integer> names) {
    public ScopedBindings {
        target = List.copyOf(target);
        scope = List.copyOf(scope);
        names = Collections.unmodifiableSortedMap(new TreeMap<>(names));
    }
}
