package dev.interopatlas.indexer.rust;

import java.util.List;

/**
 * Decides whether an unsafe block on a line is documented by a {@code SAFETY:} comment, after clippy's
 * {@code undocumented_unsafe_blocks}: a comment containing {@code SAFETY:} on the same line, or in the
 * contiguous run of {@code //} comment lines directly above. A blank line or a code line ends the run. Lines
 * holding only an outer attribute ({@code #[allow(…)]}) are passed over, as clippy does: it looks above the
 * statement, whose span starts at its attributes. Also like clippy, the analyzer asks again at the first line
 * of a {@code let}/{@code const}/{@code static} whose initialiser is the block ({@code let x =\n unsafe {…}}).
 * The marker is matched case-sensitively ({@code SAFETY:}, the kernel's spelling); block comments count only
 * on the block's own line.
 */
final class SafetyComments {
    private static final String MARK = "SAFETY:";

    private final boolean[] commentLine;
    private final boolean[] attributeLine;
    private final boolean[] safetyLine;
    private final byte[] memo;

    SafetyComments(List<Token> all, int lineCount) {
        int size = lineCount + 2;
        for (Token t : all) {
            size = Math.max(size, t.endLine() + 2);
        }
        commentLine = new boolean[size];
        attributeLine = new boolean[size];
        safetyLine = new boolean[size];
        memo = new byte[size];
        boolean[] covered = new boolean[size];
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
                for (int l = t.line(); l <= end; l++) {
                    safetyLine[l] = true;
                }
            }
            boolean firstOnLine = t.line() > lastLineSeen && !covered[t.line()];
            lastLineSeen = Math.max(lastLineSeen, end);
            if (!firstOnLine) {
                continue;
            }
            if (t.kind() == TokenKind.LINE_COMMENT || t.kind() == TokenKind.DOC_LINE_COMMENT) {
                commentLine[t.line()] = true;
            } else if (t.isPunct("#") && attributeOnlyLine(all, i)) {
                attributeLine[t.line()] = true;
            }
        }
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

    boolean documents(int line) {
        // Memoized: many blocks on one line below a long comment run must not cost run length each.
        if (line >= 0 && line < memo.length) {
            if (memo[line] == 0) {
                memo[line] = compute(line) ? (byte) 1 : (byte) 2;
            }
            return memo[line] == 1;
        }
        return compute(line);
    }

    private boolean compute(int line) {
        if (line < safetyLine.length && safetyLine[line]) {
            return true;
        }
        for (int l = Math.min(line - 1, commentLine.length - 1); l >= 1; l--) {
            if (commentLine[l]) {
                if (safetyLine[l]) {
                    return true;
                }
            } else if (!attributeLine[l]) {
                return false;
            }
        }
        return false;
    }
}
