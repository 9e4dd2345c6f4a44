package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.facts.LineWarning;
import dev.interopatlas.indexer.source.TokenText;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits C source into tokens and preprocessor lines. Comments, strings, character literals and backslash-newline
 * continuations are handled; anything malformed becomes a warning, never an exception.
 */
final class CLexer {
    /** Lexing result. */
    record Result(List<CToken> tokens, List<CDirective> directives, List<LineWarning> warnings) {
    }

    private final char[] text;   // continuations removed
    /**
     * Where each physical line after the first starts in {@code text}: a line break or a removed continuation. Kept
     * instead of a line and a column per char, which cost eight bytes per byte of a closure of 10 MB of headers.
     */
    private int[] lineStarts;
    private int lineStartCount;
    /** {@code lineStarts[0..cursor)} start at or before the position asked last: tokens are asked in order. */
    private int cursor;
    private final int length;
    private final List<CToken> tokens = new ArrayList<>();
    private final List<CDirective> directives = new ArrayList<>();
    private final List<LineWarning> warnings = new ArrayList<>();
    private int pos;

    private CLexer(byte[] content) {
        // Each byte is one char (ISO-8859-1), so no input can fail to decode; identifiers are ASCII anyway.
        // Reads the bytes directly: this loop touches every byte of every header in the closure (6 MB for 6.12).
        int n = content.length;
        text = new char[n];
        lineStarts = new int[n / 32 + 16];
        int out = 0;
        for (int i = 0; i < n; i++) {
            char c = (char) (content[i] & 0xff);
            if (c == '\\') {
                int next = i + 1;
                if (next < n && content[next] == '\r') {
                    next++;
                }
                if (next < n && content[next] == '\n') {
                    i = next;
                    startLineAt(out);
                    continue;
                }
            } else if (c == '\r') {
                continue;
            }
            text[out++] = c;
            if (c == '\n') {
                startLineAt(out);
            }
        }
        length = out;
    }

    private void startLineAt(int position) {
        if (lineStartCount == lineStarts.length) {
            lineStarts = java.util.Arrays.copyOf(lineStarts, lineStartCount * 2);
        }
        lineStarts[lineStartCount++] = position;
    }

    /** How many physical lines start at or before {@code position}, after the first. */
    private int linesBefore(int position) {
        if (cursor > 0 && lineStarts[cursor - 1] > position) { // asked backwards (a literal's prefix): search
            int low = 0;
            int high = cursor - 1;
            while (low < high) { // the first line start after position is in [low, high]
                int middle = (low + high) >>> 1;
                if (lineStarts[middle] <= position) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            cursor = low;
        }
        while (cursor < lineStartCount && lineStarts[cursor] <= position) {
            cursor++;
        }
        return cursor;
    }

    /** 1-based physical line of the char at {@code position}. */
    int lineOf(int position) {
        return 1 + linesBefore(position);
    }

    /** 0-based physical column of the char at {@code position}, not counting removed carriage returns. */
    int columnOf(int position) {
        int before = linesBefore(position);
        return position - (before == 0 ? 0 : lineStarts[before - 1]);
    }

    /** The text with continuations removed, not yet lexed: for the tests of its line and column mapping. */
    static CLexer unlexed(byte[] content) {
        return new CLexer(content);
    }

    /** Length of the text with continuations and carriage returns removed. */
    int length() {
        return length;
    }

    static Result lex(byte[] content) {
        CLexer lexer = new CLexer(content);
        lexer.run();
        return new Result(lexer.tokens, lexer.directives, lexer.warnings);
    }

    private void run() {
        boolean lineStart = true;
        while (pos < length) {
            char c = text[pos];
            if (c == '\n') {
                lineStart = true;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\u000b') {
                pos++;
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == '/' && peek(1) == '/') {
                skipLineComment();
            } else if (c == '#' && lineStart) {
                directive();
                lineStart = true;
            } else {
                lineStart = false;
                token();
            }
        }
    }

    private char peek(int ahead) {
        int at = pos + ahead;
        return at < length ? text[at] : '\0';
    }

    private void skipBlockComment() {
        int startLine = lineOf(pos);
        pos += 2;
        while (pos < length) {
            if (text[pos] == '*' && peek(1) == '/') {
                pos += 2;
                return;
            }
            pos++;
        }
        warnings.add(new LineWarning(startLine, "unterminated /* comment"));
    }

    private void skipLineComment() {
        while (pos < length && text[pos] != '\n') {
            pos++;
        }
    }

    private void directive() {
        int line = lineOf(pos);
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < length && text[pos] != '\n') {
            char c = text[pos];
            if (c == '/' && peek(1) == '*') {
                skipBlockComment();
                sb.append(' ');
            } else if (c == '/' && peek(1) == '/') {
                skipLineComment();
            } else if (c == '"' || c == '\'') {
                int start = pos;
                skipQuoted(c, false);
                sb.append(text, start, pos - start);
            } else {
                sb.append(c);
                pos++;
            }
        }
        directives.add(new CDirective(sb.toString().trim(), line));
    }

    private void token() {
        int start = pos;
        char c = text[pos];
        if (isIdentStart(c)) {
            while (pos < length && isIdentPart(text[pos])) {
                pos++;
            }
            // Encoding prefixes of string and char literals (L"", u8"", U'') belong to the literal.
            if (pos < length && (text[pos] == '"' || text[pos] == '\'') && isLiteralPrefix(start, pos)) {
                char quote = text[pos];
                skipQuoted(quote, true);
                add(quote == '"' ? CToken.Kind.STRING : CToken.Kind.CHAR, start);
                return;
            }
            add(CToken.Kind.IDENT, start);
        } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
            pos++;
            while (pos < length) {
                char d = text[pos];
                if ((d == '+' || d == '-') && "eEpP".indexOf(text[pos - 1]) >= 0) {
                    pos++;
                } else if (isIdentPart(d) || d == '.') {
                    pos++;
                } else {
                    break;
                }
            }
            add(CToken.Kind.NUMBER, start);
        } else if (c == '"' || c == '\'') {
            skipQuoted(c, true);
            add(c == '"' ? CToken.Kind.STRING : CToken.Kind.CHAR, start);
        } else if (c == '.' && peek(1) == '.' && peek(2) == '.') {
            pos += 3;
            add(CToken.Kind.PUNCT, start);
        } else {
            pos++;
            add(CToken.Kind.PUNCT, start);
        }
    }

    private boolean isLiteralPrefix(int start, int end) {
        String prefix = new String(text, start, end - start);
        return prefix.equals("L") || prefix.equals("u") || prefix.equals("U") || prefix.equals("u8");
    }

    /** Skips a string or char literal; an unterminated one ends at the line end with a warning. */
    private void skipQuoted(char quote, boolean warn) {
        int line = lineOf(pos);
        pos++;
        while (pos < length) {
            char c = text[pos];
            if (c == '\\' && pos + 1 < length && text[pos + 1] != '\n') {
                pos += 2;
            } else if (c == quote) {
                pos++;
                return;
            } else if (c == '\n') {
                break;
            } else {
                pos++;
            }
        }
        if (warn) {
            warnings.add(new LineWarning(line, "unterminated " + (quote == '"' ? "string" : "character") + " literal"));
        }
    }

    private void add(CToken.Kind kind, int start) {
        int length = pos - start;
        tokens.add(new CToken(kind, TokenText.of(text, start, length), lineOf(start), columnOf(start)));
    }

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
