package dev.interopatlas.indexer.c;

/** A preprocessor line with continuations joined and comments removed; {@code text} starts after the {@code #}. */
record CDirective(String text, int line) {
}
