package dev.interopatlas.model.impact;

import java.util.List;
import java.util.SortedMap;

/**
 * Counts over every changed declaration, listed or not.
 *
 * @param byKind          changes per change kind ("signature-changed": 12)
 * @param reachingByKind  the same for the changes that reach Rust
 * @param notReachingRust changes no Rust file names (listed only with --all)
 * @param compared        headers and helper files compared by text (those that differ between the sides)
 * @param crates          crates reached, most changes first
 */
public record ImpactSummary(int changes, int reachingRust, int notReachingRust, SortedMap<String, Integer> byKind,
                            SortedMap<String, Integer> reachingByKind, int headersEntered, int headersLeft,
                            int compared, List<CrateImpact> crates, boolean rustAffected) {
    public ImpactSummary {
        byKind = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(byKind));
        reachingByKind = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(reachingByKind));
        crates = List.copyOf(crates);
    }
}
