package dev.interopatlas.indexer.impact;

import dev.interopatlas.indexer.facts.CDeclKind;

/**
 * A declaration's identity across the closure, in C's two name spaces: struct, union and enum tags apart from
 * ordinary identifiers, so {@code struct foo} and {@code typedef … foo} stay two declarations while a function that
 * became a macro stays one (whose signature changed). The header is not part of it: a declaration that moved to
 * another header of the closure unchanged is no change for Rust.
 */
record DeclarationKey(boolean tag, String name) implements Comparable<DeclarationKey> {
    static DeclarationKey of(CDeclKind kind, String name) {
        return new DeclarationKey(isTag(kind), name);
    }

    static boolean isTag(CDeclKind kind) {
        return switch (kind) {
            case STRUCT, UNION, ENUM, OPAQUE_STRUCT, OPAQUE_UNION -> true;
            default -> false;
        };
    }

    @Override
    public int compareTo(DeclarationKey other) {
        int byName = name.compareTo(other.name);
        return byName != 0 ? byName : Boolean.compare(tag, other.tag);
    }
}
