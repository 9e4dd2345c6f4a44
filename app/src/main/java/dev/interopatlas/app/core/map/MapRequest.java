package dev.interopatlas.app.core.map;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which map to draw: the overview, a section's view or a crate's path to C, grouped how, with which groups open.
 *
 * @param expand groups to open, by id ({@code group:abstractions:kernel::drm}) or label ({@code kernel::drm}; a
 *               label names the groups of that label in every column)
 */
public record MapRequest(GroupBy groupBy, List<String> expand, Optional<String> section, Optional<String> crate) {
    /** How many boxes a section's or crate's first view opens its groups up to. */
    public static final int ENTRY_VIEW_BOXES = 60;

    public MapRequest {
        Objects.requireNonNull(groupBy, "groupBy");
        expand = List.copyOf(expand);
        if (section.isPresent() && crate.isPresent()) {
            throw new IllegalArgumentException("choose a section or a crate, not both");
        }
    }

    public static MapRequest overview() {
        return new MapRequest(GroupBy.DIRECTORY, List.of(), Optional.empty(), Optional.empty());
    }
}
