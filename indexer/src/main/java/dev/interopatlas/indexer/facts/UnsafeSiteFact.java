package dev.interopatlas.indexer.facts;

import dev.interopatlas.model.metrics.UnsafeKind;

/** One unsafe site found in a file's bytes; see {@link dev.interopatlas.model.metrics.UnsafeSite}. */
public record UnsafeSiteFact(int line, UnsafeKind kind, String enclosing, boolean documented,
                             boolean inMacroRules) {
}
