package dev.interopatlas.indexer.facts;

import java.util.List;
import java.util.Optional;

/**
 * A {@code mod NAME;} or {@code mod NAME { … }} item.
 *
 * @param inlineParents names of enclosing inline modules in the same file, outermost first
 * @param inline        the body is in this file ({@code mod x { … }})
 * @param pathAttribute the value of a {@code #[path = "…"]} attribute on it, if any
 * @param test          it carries {@code #[cfg(test)]} or {@code #[kunit_tests(…)]} (its own attributes only)
 */
public record ModDecl(String name, int line, List<String> inlineParents, boolean inline,
                      Optional<String> pathAttribute, boolean test) {
    public ModDecl {
        inlineParents = List.copyOf(inlineParents);
    }

    /** A module that is not marked as a test. */
    public ModDecl(String name, int line, List<String> inlineParents, boolean inline, Optional<String> pathAttribute) {
        this(name, line, inlineParents, inline, pathAttribute, false);
    }
}
