package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.IndexException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which tags a history covers: an explicit list, or every tag whose whole name matches a pattern (by default
 * the releases {@code vX.Y}), optionally with their release candidates ({@code <match>-rcN}).
 */
public record TagSelection(Optional<List<String>> explicit, Pattern pattern, boolean includeRc) {
    public static final String RELEASE_PATTERN = "v[0-9]+\\.[0-9]+";

    public TagSelection {
        explicit = explicit.map(List::copyOf);
    }

    /** Every {@code vX.Y} release, with {@code vX.Y-rcN} too when {@code includeRc}. */
    public static TagSelection releases(boolean includeRc) {
        return new TagSelection(Optional.empty(), Pattern.compile(RELEASE_PATTERN), includeRc);
    }

    /** Exactly these tags; each must exist. */
    public static TagSelection explicit(List<String> tags) {
        return new TagSelection(Optional.of(tags), Pattern.compile(RELEASE_PATTERN), false);
    }

    /** Tags whose whole name matches {@code regex}. */
    public static TagSelection matching(String regex, boolean includeRc) throws IndexException {
        try {
            return new TagSelection(Optional.empty(), Pattern.compile(regex), includeRc);
        } catch (PatternSyntaxException e) {
            throw new IndexException("invalid tag pattern " + regex + ": " + e.getDescription());
        }
    }

    /** Whether a tag name is selected by the pattern (explicit lists are checked by {@link ReleaseTags}). */
    public boolean matches(String tagName) {
        if (pattern.matcher(tagName).matches()) {
            return true;
        }
        int rc = tagName.lastIndexOf("-rc");
        return includeRc && rc > 0 && tagName.substring(rc + 3).matches("[0-9]+")
                && pattern.matcher(tagName.substring(0, rc)).matches();
    }
}
