package dev.interopatlas.model.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.interopatlas.model.metrics.FileRole;
import java.util.Optional;

/**
 * Unsafe figures of one file, abstraction module or function/impl.
 *
 * @param key            the file path, the module path ({@code kernel::sync::arc}) or {@code path#enclosing}
 * @param path           where to open the source
 * @param line           first unsafe site, for click-through
 * @param lines          lines of code the row covers (files and modules; empty for functions)
 * @param sitesPer100Lines unsafe sites per 100 lines (empty when lines are not known)
 * @param undocumentedBlocks  unsafe blocks without any SAFETY comment
 * @param placeholderBlocks   unsafe blocks whose SAFETY comments are all placeholders (TODO, FIXME, empty …);
 *                            documented blocks are the blocks counted in neither
 * @param inMacroShare   share of the sites that sit inside macro_rules bodies (0..1)
 * @param changeSincePrevious change of {@link #total()} since the previous release (empty when there is none,
 *                       or the row did not exist then)
 */
@JsonPropertyOrder({"scope", "key", "path", "line", "role", "lines", "unsafeBlocks", "unsafeFns", "unsafeImpls",
        "unsafeTraits", "undocumentedBlocks", "placeholderBlocks", "total", "sitesPer100Lines", "inMacroShare",
        "changeSincePrevious"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Hotspot(HotspotScope scope, String key, String path, int line, FileRole role, Optional<Integer> lines,
                      int unsafeBlocks, int unsafeFns, int unsafeImpls, int unsafeTraits, int undocumentedBlocks,
                      int placeholderBlocks, Optional<Double> sitesPer100Lines, double inMacroShare,
                      Optional<Integer> changeSincePrevious) {

    public int total() {
        return unsafeBlocks + unsafeFns + unsafeImpls + unsafeTraits;
    }

    public Hotspot withChange(Optional<Integer> change) {
        return new Hotspot(scope, key, path, line, role, lines, unsafeBlocks, unsafeFns, unsafeImpls, unsafeTraits,
                undocumentedBlocks, placeholderBlocks, sitesPer100Lines, inMacroShare, change);
    }
}
