package dev.interopatlas.app.core.map.layout;

import java.util.Objects;

/**
 * A box to place, already sized to hold its label.
 *
 * @param column 0 for C headers up to 3 for consumers: columns stay in this order left to right
 */
public record LayoutNode(String id, int column, double width, double height) {
    public LayoutNode {
        Objects.requireNonNull(id, "id");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("box " + id + " must have a size, not " + width + " x " + height);
        }
    }
}
