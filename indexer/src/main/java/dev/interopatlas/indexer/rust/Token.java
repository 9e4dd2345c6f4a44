package dev.interopatlas.indexer.rust;

/**
 * One token of a Rust source.
 *
 * @param start offset of the first char in the source string
 * @param end   offset after the last char
 * @param line  1-based line of {@code start}
 * @param text  the source text {@code [start, end)}
 */
public record Token(TokenKind kind, int start, int end, int line, String text) {
    public boolean is(TokenKind k, String s) {
        return kind == k && text.equals(s);
    }

    public boolean isPunct(String s) {
        return kind == TokenKind.PUNCT && text.equals(s);
    }

    public boolean isKeyword(String s) {
        return kind == TokenKind.KEYWORD && text.equals(s);
    }

    public boolean isIdent(String s) {
        return kind == TokenKind.IDENT && text.equals(s);
    }

    /** Line of the last char (multi-line comments and strings end below their start). */
    public int endLine() {
        if (!kind.mayHoldLineBreaks() || text.indexOf('\n') < 0) { // most tokens: no need to look at each char
            return line;
        }
        int lines = line;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i < text.length() - 1) {
                lines++;
            }
        }
        return lines;
    }
}
