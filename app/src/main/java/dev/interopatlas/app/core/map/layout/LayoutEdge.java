package dev.interopatlas.app.core.map.layout;

import java.util.Objects;

/** A line to route between two boxes; the layout draws it from the left column to the right whatever its direction. */
public record LayoutEdge(String id, String from, String to) {
    public LayoutEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
