package dev.interopatlas.model.metrics;

/** The four kinds of unsafe site counted per file. */
public enum UnsafeKind {
    BLOCK, FN, IMPL, TRAIT
}
