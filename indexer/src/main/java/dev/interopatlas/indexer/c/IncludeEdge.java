package dev.interopatlas.indexer.c;

/** {@code from} includes {@code to} at {@code line}; both are tree-relative paths. */
public record IncludeEdge(String from, String to, int line) {
}
