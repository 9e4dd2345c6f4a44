package dev.interopatlas.indexer.rust;

/** Kinds of Rust token; every character of a file belongs to exactly one token. */
public enum TokenKind {
    WHITESPACE,
    /** {@code // …} that is not a doc comment. */
    LINE_COMMENT,
    /** {@code /// …} (outer) or {@code //! …} (inner). */
    DOC_LINE_COMMENT,
    /** {@code /* … *}{@code /}, possibly nested. */
    BLOCK_COMMENT,
    /** {@code /** … *}{@code /} or {@code /*! … *}{@code /}. */
    DOC_BLOCK_COMMENT,
    /** A {@code #!…} line at the very start of a file (not {@code #![}). */
    SHEBANG,
    IDENT,
    /** {@code r#type}. */
    RAW_IDENT,
    /** A strict or reserved keyword ({@code unsafe}, {@code fn}, {@code crate}, …). */
    KEYWORD,
    /** {@code 'a}, {@code 'static}. */
    LIFETIME,
    /** {@code 'a'}, {@code '\n'}, {@code b'x'}. */
    CHAR,
    /** {@code "…"}, {@code b"…"}, {@code c"…"}. */
    STRING,
    /** {@code r"…"}, {@code r#"…"#}, {@code br#"…"#}, {@code cr#"…"#}. */
    RAW_STRING,
    INTEGER,
    FLOAT,
    PUNCT,
    /** A character that cannot start any Rust token. */
    UNKNOWN;

    public boolean isComment() {
        return this == LINE_COMMENT || this == DOC_LINE_COMMENT || this == BLOCK_COMMENT
                || this == DOC_BLOCK_COMMENT;
    }

    /** Whitespace, comments and shebang: never code. */
    public boolean isTrivia() {
        return this == WHITESPACE || this == SHEBANG || isComment();
    }

    /** Names, numbers, lifetimes, punctuation and line comments end before a line break; other kinds may span lines. */
    public boolean mayHoldLineBreaks() {
        return switch (this) {
            case IDENT, RAW_IDENT, KEYWORD, LIFETIME, INTEGER, FLOAT, PUNCT, LINE_COMMENT, DOC_LINE_COMMENT, SHEBANG ->
                    false;
            default -> true;
        };
    }

    public boolean isLiteral() {
        return this == CHAR || this == STRING || this == RAW_STRING || this == INTEGER || this == FLOAT;
    }
}
