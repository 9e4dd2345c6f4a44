package dev.interopatlas.model.metrics;

/**
 * One {@code unsafe} site, for hotspots and the linked source view.
 *
 * @param enclosing    name of the enclosing fn / impl / trait / macro_rules ("" at file level)
 * @param documented   for blocks: a {@code SAFETY:} comment on the line or in the {@code //} run above it that
 *                     is not a placeholder ({@link SafetyPlaceholder})
 * @param inMacroRules the site sits inside a {@code macro_rules!} body
 * @param placeholder  for blocks: the SAFETY comments there are all placeholders (never with documented)
 */
public record UnsafeSite(String path, int line, UnsafeKind kind, String enclosing, boolean documented,
                         boolean inMacroRules, boolean placeholder) {
}
