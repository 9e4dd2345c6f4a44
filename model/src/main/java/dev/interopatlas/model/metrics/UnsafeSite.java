package dev.interopatlas.model.metrics;

/**
 * One {@code unsafe} site, for hotspots and the linked source view.
 *
 * @param enclosing    name of the enclosing fn / impl / trait / macro_rules ("" at file level)
 * @param documented   for blocks: a {@code SAFETY:} comment on the line or in the {@code //} run above it
 * @param inMacroRules the site sits inside a {@code macro_rules!} body
 */
public record UnsafeSite(String path, int line, UnsafeKind kind, String enclosing, boolean documented,
                         boolean inMacroRules) {
}
