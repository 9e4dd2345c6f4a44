package dev.interopatlas.indexer.c;

/** One C token outside preprocessor lines; {@code column} is 0-based, used to spot kernel-style closing braces. */
record CToken(Kind kind, String text, int line, int column) {
    enum Kind { IDENT, NUMBER, STRING, CHAR, PUNCT }

    boolean is(String s) {
        return text.equals(s);
    }

    boolean isIdent() {
        return kind == Kind.IDENT;
    }
}
