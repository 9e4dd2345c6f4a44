package dev.interopatlas.model.metrics;

import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * When a {@code SAFETY:} comment is a placeholder rather than a justification: its text after the marker is
 * empty, or starts with TODO, FIXME, XXX or TBD in any case ({@code // SAFETY: TODO.},
 * {@code // SAFETY: FIXME(#899): This is unsound.}). The text may continue on the {@code //} lines that follow
 * the comment: {@code // SAFETY:} then {@code // the pointer is valid because …} is a justification. One rule
 * for the analyzer (which counts) and the source views (which colour), so both always agree.
 */
public final class SafetyPlaceholder {
    /** The marker, matched case-sensitively: the kernel's spelling. */
    public static final String MARK = "SAFETY:";

    private static final String[] PLACEHOLDER_WORDS = {"todo", "fixme", "xxx", "tbd"};

    private SafetyPlaceholder() {
    }

    /**
     * What a SAFETY comment says: its text after the marker, or, when that is empty, the first non-empty
     * {@code //} line that follows the comment. An empty {@code //} line is passed over; a line that is not a
     * comment, or holds another SAFETY comment, ends the search.
     *
     * @param afterMark     the comment's own text after the marker (a block comment's may span lines and end
     *                      in its closing delimiter)
     * @param followingLine the {@code k}-th line below the comment ({@code k} from 0) when that line holds only
     *                      a {@code //} comment, as its text from the slashes on; empty otherwise
     */
    public static String justification(String afterMark, IntFunction<Optional<String>> followingLine) {
        String text = strip(afterMark);
        for (int k = 0; text.isEmpty(); k++) {
            Optional<String> next = followingLine.apply(k);
            if (next.isEmpty() || next.get().contains(MARK)) {
                break;
            }
            text = strip(next.get());
        }
        return text;
    }

    /** True when the text a SAFETY comment gives ({@link #justification}) justifies nothing. */
    public static boolean isPlaceholder(String justification) {
        String lower = justification.toLowerCase(Locale.ROOT);
        for (String word : PLACEHOLDER_WORDS) {
            if (lower.startsWith(word)) {
                return true;
            }
        }
        return lower.isEmpty();
    }

    /** Drops comment decoration: a closing {@code *}{@code /}, then leading slashes, {@code !}, stars and blanks. */
    private static String strip(String comment) {
        String s = comment.strip();
        if (s.endsWith("*/")) {
            s = s.substring(0, s.length() - 2);
        }
        int from = 0;
        while (from < s.length() && (Character.isWhitespace(s.charAt(from)) || "/!*".indexOf(s.charAt(from)) >= 0)) {
            from++;
        }
        return s.substring(from).strip();
    }
}
