package dev.interopatlas.indexer.rust;

/** What covers an unsafe block: nothing, only placeholder SAFETY comments, or at least one justification. */
enum SafetyCover {
    NONE, PLACEHOLDER, JUSTIFIED;

    /** A justification anywhere in the cover wins over placeholders, and a placeholder over nothing. */
    SafetyCover or(SafetyCover other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
