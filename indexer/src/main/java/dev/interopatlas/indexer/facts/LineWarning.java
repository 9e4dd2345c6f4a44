package dev.interopatlas.indexer.facts;

/** A problem found while lexing one file, at a line (1-based). The path is added when the file is known. */
public record LineWarning(int line, String message) {
}
