package dev.interopatlas.indexer.facts;

/** An {@code #include <target>} ({@code angled}) or {@code #include "target"} line. */
public record IncludeDirective(String target, boolean angled, int line) {
}
