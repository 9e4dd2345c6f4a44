package dev.interopatlas.indexer.rust;

import dev.interopatlas.indexer.facts.LineWarning;
import dev.interopatlas.indexer.source.TokenText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Lexes Rust source text into tokens that tile the input exactly. Never throws and always advances, so it
 * terminates on any input; unterminated comments and literals run to the end of the file and leave a
 * {@link LineWarning} at the line where they start.
 */
public final class RustLexer {
    /** Strict and reserved keywords; weak ones (union, auto, default, macro_rules) stay identifiers. */
    static final Set<String> KEYWORDS = Set.of("as", "break", "const", "continue", "crate", "else", "enum",
            "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
            "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
            "unsafe", "use", "where", "while", "async", "await", "dyn", "abstract", "become", "box", "do",
            "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen");

    /** Multi-char punctuation, longest first so a greedy match is correct. */
    private static final String[] PUNCTS = {"<<=", ">>=", "...", "..=", "::", "->", "=>", "==", "!=", "<=",
        ">=", "&&", "||", "+=", "-=", "*=", "/=", "%=", "^=", "&=", "|=", "<<", ">>", ".."};
    private static final String SINGLE_PUNCT = "+-*/%^!&|=<>@.,;:#$?~{}[]()";
    /** The first characters of {@link #PUNCTS}. */
    private static final String MULTI_PUNCT_START = "<>.:-=!&|+*/%^";

    /**
     * The tokens and the problems met while lexing.
     *
     * @param tokens     taken over, not copied: 7.3 has two million of them; the lexer hands over its own list
     * @param lineBreaks how many {@code \n} the source holds
     */
    public record Result(List<Token> tokens, List<LineWarning> warnings, int lineBreaks) {
        public Result {
            tokens = Collections.unmodifiableList(tokens);
            warnings = List.copyOf(warnings);
        }
    }

    private final String src;
    private final int n;
    private final List<Token> tokens;
    private final List<LineWarning> warnings = new ArrayList<>();
    private int pos;
    private int line = 1;
    /** Last non-trivia token, to lex {@code x.0.1} as tuple indices rather than a float. */
    private Token lastCode;

    private RustLexer(String src) {
        this.src = src;
        this.n = src.length();
        this.tokens = new ArrayList<>(n / 4 + 16); // kernel Rust averages a token per 3-4 characters
    }

    /** Decodes UTF-8, replacing malformed input, and lexes. */
    public static Result lex(byte[] content) {
        return lex(decode(content));
    }

    public static Result lex(String source) {
        RustLexer lexer = new RustLexer(source);
        lexer.run();
        return new Result(lexer.tokens, lexer.warnings, lexer.line - 1);
    }

    /**
     * UTF-8 with U+FFFD for each malformed sequence, as a replacing {@code CharsetDecoder} gives it (a property test
     * holds the two equal); the String constructor is several times faster on the mostly ASCII sources of a first
     * index, which decodes all 7 MB of 7.3's Rust.
     */
    public static String decode(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }

    private void run() {
        if (src.startsWith("\uFEFF")) {
            emit(TokenKind.WHITESPACE, 1);
        }
        if (src.startsWith("#!", pos) && !shebangIsInnerAttribute()) {
            emit(TokenKind.SHEBANG, lineEnd(pos) - pos);
        }
        while (pos < n) {
            int before = pos;
            lexOne();
            if (pos <= before) {
                // Defensive: every branch advances, but a bug must never turn into a hang.
                emit(TokenKind.UNKNOWN, 1);
            }
        }
    }

    private boolean shebangIsInnerAttribute() {
        int i = pos + 2;
        while (i < n && Character.isWhitespace(src.charAt(i))) {
            i++;
        }
        return i < n && src.charAt(i) == '[';
    }

    private void lexOne() {
        char c = src.charAt(pos);
        if (isWhitespace(c)) {
            // the line breaks are counted here, not in a second pass over the token
            int end = pos + 1;
            int lineBreaks = c == '\n' ? 1 : 0;
            while (end < n) {
                char next = src.charAt(end);
                if (!isWhitespace(next)) {
                    break;
                }
                if (next == '\n') {
                    lineBreaks++;
                }
                end++;
            }
            emitCounted(TokenKind.WHITESPACE, end, lineBreaks);
        } else if (c == '/' && peek(1) == '/') {
            lineComment();
        } else if (c == '/' && peek(1) == '*') {
            blockComment();
        } else if (c == '\'') {
            quote(pos, 0);
        } else if (c == '"') {
            quotedString(pos, 0);
        } else if (c >= '0' && c <= '9') {
            number();
        } else if (isIdentStart(src.codePointAt(pos))) {
            identOrPrefixedLiteral();
        } else {
            punct();
        }
    }

    private void lineComment() {
        int end = lineEnd(pos);
        String text = src.substring(pos, end);
        boolean doc = (text.startsWith("///") && !text.startsWith("////")) || text.startsWith("//!");
        emit(doc ? TokenKind.DOC_LINE_COMMENT : TokenKind.LINE_COMMENT, end - pos);
    }

    private void blockComment() {
        int depth = 0;
        int i = pos;
        while (i < n) {
            if (src.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (src.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    break;
                }
            } else {
                i++;
            }
        }
        if (depth != 0) {
            warn("unterminated block comment");
        }
        String text = src.substring(pos, i);
        boolean doc = (text.startsWith("/**") && !text.startsWith("/***") && !text.equals("/**/"))
                || text.startsWith("/*!");
        emit(doc ? TokenKind.DOC_BLOCK_COMMENT : TokenKind.BLOCK_COMMENT, i - pos);
    }

    /**
     * At a {@code '} (after {@code prefix} chars such as {@code b}): a char literal or a lifetime. {@code 'a'}
     * and {@code '\n'} are chars; {@code 'a} not followed by a quote is a lifetime.
     */
    private void quote(int tokenStart, int prefix) {
        int q = tokenStart + prefix;
        if (q + 1 >= n) {
            warn("unterminated character literal");
            emitTo(TokenKind.CHAR, n, tokenStart);
            return;
        }
        char next = src.charAt(q + 1);
        if (next == '\\') {
            // Escaped char such as a newline, quote or unicode escape: scan to the closing quote on this line.
            int i = q + 3;
            while (i < n && src.charAt(i) != '\'' && src.charAt(i) != '\n' && i - q < 16) {
                i++;
            }
            if (i < n && src.charAt(i) == '\'') {
                emitTo(TokenKind.CHAR, i + 1, tokenStart);
            } else {
                warn("unterminated character literal");
                emitTo(TokenKind.CHAR, Math.min(n, q + 2), tokenStart);
            }
            return;
        }
        int cp = src.codePointAt(q + 1);
        int afterCp = q + 1 + Character.charCount(cp);
        if (afterCp < n && src.charAt(afterCp) == '\'' && next != '\n') {
            emitTo(TokenKind.CHAR, afterCp + 1, tokenStart);
            return;
        }
        if (prefix == 0 && (isIdentStart(cp) || Character.isDigit(cp))) {
            int i = q + 1;
            if (src.startsWith("r#", i) && i + 2 < n && isIdentStart(src.codePointAt(i + 2))) {
                i += 2;
            }
            i = identEnd(i);
            emitTo(TokenKind.LIFETIME, i, tokenStart);
            return;
        }
        warn("unterminated character literal");
        emitTo(prefix == 0 ? TokenKind.PUNCT : TokenKind.CHAR, q + 1, tokenStart);
    }

    /** A {@code "…"} string after {@code prefix} chars ({@code b}, {@code c}); escapes may hide quotes. */
    private void quotedString(int tokenStart, int prefix) {
        int i = tokenStart + prefix + 1;
        while (i < n) {
            char ch = src.charAt(i);
            if (ch == '\\') {
                i += 2;
            } else if (ch == '"') {
                break;
            } else {
                i++;
            }
        }
        if (i >= n) {
            warn("unterminated string literal");
            emitTo(TokenKind.STRING, n, tokenStart);
            return;
        }
        emitTo(TokenKind.STRING, identEnd(i + 1), tokenStart);
    }

    /** {@code r"…"} / {@code r#"…"#} after {@code prefix} chars before the {@code r}. */
    private void rawString(int tokenStart, int prefix) {
        int i = tokenStart + prefix + 1;
        int hashes = 0;
        while (i < n && src.charAt(i) == '#') {
            hashes++;
            i++;
        }
        // Caller checked that a quote follows the hashes.
        String close = "\"" + "#".repeat(hashes);
        int closeAt = src.indexOf(close, i + 1);
        if (closeAt < 0) {
            warn("unterminated raw string literal");
            emitTo(TokenKind.RAW_STRING, n, tokenStart);
            return;
        }
        emitTo(TokenKind.RAW_STRING, identEnd(closeAt + close.length()), tokenStart);
    }

    private void identOrPrefixedLiteral() {
        char c = src.charAt(pos);
        // Literal prefixes: b' b" br" c" cr" r" r#" (and raw identifiers r#ident).
        if (c == 'b' && peek(1) == '\'') {
            quote(pos, 1);
            return;
        }
        if ((c == 'b' || c == 'c') && peek(1) == '"') {
            quotedString(pos, 1);
            return;
        }
        if ((c == 'b' || c == 'c') && peek(1) == 'r' && rawQuoteFollows(pos + 2)) {
            rawString(pos, 1);
            return;
        }
        if (c == 'r' && rawQuoteFollows(pos + 1)) {
            rawString(pos, 0);
            return;
        }
        if (c == 'r' && peek(1) == '#' && pos + 2 < n && isIdentStart(src.codePointAt(pos + 2))) {
            emit(TokenKind.RAW_IDENT, identEnd(pos + 2) - pos);
            return;
        }
        int end = identEnd(pos);
        String word = src.substring(pos, end);
        emit(KEYWORDS.contains(word) ? TokenKind.KEYWORD : TokenKind.IDENT, end - pos);
    }

    /** Whether {@code #*"} starts at {@code i}. */
    private boolean rawQuoteFollows(int i) {
        while (i < n && src.charAt(i) == '#') {
            i++;
        }
        return i < n && src.charAt(i) == '"';
    }

    private void number() {
        int i = pos;
        boolean isFloat = false;
        if (src.charAt(i) == '0' && (peek(1) == 'x' || peek(1) == 'o' || peek(1) == 'b')) {
            i += 2;
            while (i < n && (isAsciiAlnum(src.charAt(i)) || src.charAt(i) == '_')) {
                i++;
            }
            emit(TokenKind.INTEGER, i - pos);
            return;
        }
        i = digits(i);
        boolean tupleIndex = lastCode != null && lastCode.isPunct(".");
        if (!tupleIndex && i < n && src.charAt(i) == '.' && !(i + 1 < n && src.charAt(i + 1) == '.')) {
            int after = i + 1 < n ? src.codePointAt(i + 1) : -1;
            if (after >= '0' && after <= '9') {
                i = digits(i + 1);
                isFloat = true;
            } else if (after == -1 || !isIdentStart(after)) {
                // "1." is a float literal when no field or method follows.
                emit(TokenKind.FLOAT, i + 1 - pos);
                return;
            }
        }
        if (!tupleIndex && i < n && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (src.charAt(j) == '+' || src.charAt(j) == '-')) {
                j++;
            }
            while (j < n && src.charAt(j) == '_') {
                j++;
            }
            if (j < n && Character.isDigit(src.charAt(j)) && src.charAt(j) < 128) {
                i = digits(j);
                isFloat = true;
            }
        }
        // Suffix such as u32 or f64.
        if (i < n && isIdentStart(src.codePointAt(i))) {
            int end = identEnd(i);
            String suffix = src.substring(i, end);
            if (suffix.startsWith("f")) {
                isFloat = true;
            }
            i = end;
        }
        emit(isFloat ? TokenKind.FLOAT : TokenKind.INTEGER, i - pos);
    }

    private int digits(int i) {
        while (i < n && ((src.charAt(i) >= '0' && src.charAt(i) <= '9') || src.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private void punct() {
        char c = src.charAt(pos);
        if (MULTI_PUNCT_START.indexOf(c) >= 0) { // most punctuation ("(", ";", ",") starts no longer one
            for (String p : PUNCTS) {
                if (src.startsWith(p, pos)) {
                    emit(TokenKind.PUNCT, p.length());
                    return;
                }
            }
        }
        if (SINGLE_PUNCT.indexOf(c) >= 0) {
            emit(TokenKind.PUNCT, 1);
            return;
        }
        warn("unexpected character U+" + String.format("%04X", src.codePointAt(pos)));
        emit(TokenKind.UNKNOWN, Character.charCount(src.codePointAt(pos)));
    }

    private int identEnd(int i) {
        while (i < n) {
            int cp = src.codePointAt(i);
            if (!isIdentPart(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private int lineEnd(int from) {
        int nl = src.indexOf('\n', from);
        return nl < 0 ? n : nl;
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < n ? src.charAt(i) : '\0';
    }

    private void emit(TokenKind kind, int length) {
        emitTo(kind, Math.min(n, pos + Math.max(1, length)), pos);
    }

    private void emitTo(TokenKind kind, int end, int start) {
        int lineBreaks = 0;
        if (kind.mayHoldLineBreaks()) {
            for (int i = start; i < end; i++) {
                if (src.charAt(i) == '\n') {
                    lineBreaks++;
                }
            }
        }
        pos = start;
        emitCounted(kind, end, lineBreaks);
    }

    /** Emits the token from {@code pos} to {@code end}, which holds {@code lineBreaks} line breaks. */
    private void emitCounted(TokenKind kind, int end, int lineBreaks) {
        int start = pos;
        Token token = new Token(kind, start, end, line, TokenText.of(src, start, end));
        tokens.add(token);
        line += lineBreaks;
        pos = end;
        if (!kind.isTrivia()) {
            lastCode = token;
        }
    }

    /** Tokens are lexed from {@code pos}, so the current line is the start line of the token in hand. */
    private void warn(String message) {
        warnings.add(new LineWarning(line, message));
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C'
                || c == '\u0085' || c == '\u200E' || c == '\u200F' || c == '\u2028' || c == '\u2029';
    }

    static boolean isIdentStart(int cp) {
        return cp == '_' || (cp < 128 ? Character.isLetter(cp) : Character.isUnicodeIdentifierStart(cp));
    }

    static boolean isIdentPart(int cp) {
        if (cp < 128) {
            return cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
