package dev.interopatlas.indexer.facts;

import java.util.ArrayList;
import java.util.List;

/** A problem found while lexing one file, at a line (1-based). The path is added when the file is known. */
public record LineWarning(int line, String message) {
    /** Warnings a file keeps: random bytes would give one per few bytes (769k for 10 MB). */
    public static final int MAX_PER_FILE = 20;

    /**
     * {@code warnings} as they are when there are at most one more than {@link #MAX_PER_FILE}, else the first
     * {@code MAX_PER_FILE} and one that counts the rest; capping a capped list changes nothing.
     */
    public static List<LineWarning> capped(List<LineWarning> warnings) {
        if (warnings.size() <= MAX_PER_FILE + 1) {
            return warnings;
        }
        List<LineWarning> kept = new ArrayList<>(warnings.subList(0, MAX_PER_FILE));
        kept.add(new LineWarning(warnings.get(MAX_PER_FILE).line(), "\u2026 and "
                + (warnings.size() - MAX_PER_FILE) + " more warnings in this file"));
        return kept;
    }
}
