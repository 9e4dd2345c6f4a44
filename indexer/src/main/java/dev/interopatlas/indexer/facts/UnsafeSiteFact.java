package dev.interopatlas.indexer.facts;

import dev.interopatlas.model.metrics.UnsafeKind;

/**
 * One unsafe site found in a file's bytes; see {@link dev.interopatlas.model.metrics.UnsafeSite}.
 *
 * @param documented  a block covered by a SAFETY comment that justifies it
 * @param placeholder a block covered only by placeholder SAFETY comments (never both)
 */
public record UnsafeSiteFact(int line, UnsafeKind kind, String enclosing, boolean documented,
                             boolean inMacroRules, boolean placeholder) {
}
