package dev.interopatlas.indexer.rust;

import dev.interopatlas.model.metrics.SafetyPlaceholder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an unsafe block on a line is documented by a {@code SAFETY:} comment, after clippy's
 * {@code undocumented_unsafe_blocks}: a comment containing {@code SAFETY:} on the same line, or in the
 * contiguous run of {@code //} comment lines directly above. A blank line or a code line ends the run. Lines
 * holding only an outer attribute ({@code #[allow(…)]}) are passed over, as clippy does: it looks above the
 * statement, whose span starts at its attributes. Also like clippy, the analyzer asks again at the first line
 * of a {@code let}/{@code const}/{@code static} whose initialiser is the block ({@code let x =\n unsafe {…}}).
 * The marker is matched case-sensitively ({@code SAFETY:}, the kernel's spelling); block comments count only
 * on the block's own line. A comment that says nothing after the marker, or TODO/FIXME/XXX/TBD, is a
 * placeholder ({@link SafetyPlaceholder}); a block is documented when any SAFETY comment that covers it is not.
 */
final class SafetyComments {
    private static final String MARK = SafetyPlaceholder.MARK;

    /** The {@code //} comment that starts each line, null where none does: the runs above a block and the
     *  continuation of a SAFETY comment. */
    private final String[] lineComment;
    private final boolean[] attributeLine;
    /** The best SAFETY comment touching each line. */
    private final SafetyCover[] safetyLine;
    private final SafetyCover[] memo;

    /** @param lineCount the source's lines; no token ends below the last one */
    SafetyComments(List<Token> all, int lineCount) {
        int size = lineCount + 2;
        lineComment = new String[size];
        attributeLine = new boolean[size];
        safetyLine = new SafetyCover[size];
        Arrays.fill(safetyLine, SafetyCover.NONE);
        memo = new SafetyCover[size];
        boolean[] covered = new boolean[size];
        List<Token> safetyComments = new ArrayList<>();
        int lastLineSeen = 0;
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            if (t.kind() == TokenKind.WHITESPACE) {
                continue;
            }
            int end = t.endLine();
            for (int l = t.line() + 1; l <= end; l++) {
                covered[l] = true;
            }
            if (t.kind().isComment() && t.text().contains(MARK)) {
                safetyComments.add(t);
            }
            boolean firstOnLine = t.line() > lastLineSeen && !covered[t.line()];
            lastLineSeen = Math.max(lastLineSeen, end);
            if (!firstOnLine) {
                continue;
            }
            if (t.kind() == TokenKind.LINE_COMMENT || t.kind() == TokenKind.DOC_LINE_COMMENT) {
                lineComment[t.line()] = t.text();
            } else if (t.isPunct("#") && attributeOnlyLine(all, i)) {
                attributeLine[t.line()] = true;
            }
        }
        // After the loop: a comment's continuation lines lie below it.
        for (Token t : safetyComments) {
            SafetyCover cover = isPlaceholder(t) ? SafetyCover.PLACEHOLDER : SafetyCover.JUSTIFIED;
            for (int l = t.line(); l <= t.endLine(); l++) {
                safetyLine[l] = cover.or(safetyLine[l]);
            }
        }
    }

    private boolean isPlaceholder(Token comment) {
        String text = comment.text();
        int below = comment.endLine() + 1;
        String justification = SafetyPlaceholder.justification(text.substring(text.indexOf(MARK) + MARK.length()),
                k -> below + k < lineComment.length && lineComment[below + k] != null
                        ? Optional.of(lineComment[below + k]) : Optional.empty());
        return SafetyPlaceholder.isPlaceholder(justification);
    }

    /** The {@code #} at {@code hash} opens {@code #[…]} closing on the same line with nothing but comments after. */
    private static boolean attributeOnlyLine(List<Token> all, int hash) {
        int line = all.get(hash).line();
        int depth = 0;
        boolean opened = false;
        for (int i = hash + 1; i < all.size(); i++) {
            Token t = all.get(i);
            if (t.line() != line) {
                return opened && depth == 0;
            }
            if (t.kind().isTrivia()) {
                if (t.kind() == TokenKind.WHITESPACE && t.text().indexOf('\n') >= 0) {
                    return opened && depth == 0;
                }
                continue;
            }
            if (opened && depth == 0) {
                return false;
            }
            if (t.isPunct("[")) {
                depth++;
                opened = true;
            } else if (t.isPunct("]")) {
                depth--;
            } else if (!opened) {
                return false;
            }
        }
        return opened && depth == 0;
    }

    /** The SAFETY comments that cover a block on {@code line}: on the line or in the run above it. */
    SafetyCover cover(int line) {
        // Memoized: many blocks on one line below a long comment run must not cost run length each.
        if (line >= 0 && line < memo.length) {
            if (memo[line] == null) {
                memo[line] = compute(line);
            }
            return memo[line];
        }
        return compute(line);
    }

    private SafetyCover compute(int line) {
        SafetyCover best = at(line);
        for (int l = Math.min(line - 1, lineComment.length - 1); l >= 1 && best != SafetyCover.JUSTIFIED; l--) {
            if (lineComment[l] != null) {
                best = best.or(at(l));
            } else if (!attributeLine[l]) {
                break;
            }
        }
        return best;
    }

    private SafetyCover at(int line) {
        return line >= 0 && line < safetyLine.length ? safetyLine[line] : SafetyCover.NONE;
    }
}
