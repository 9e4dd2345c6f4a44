package dev.interopatlas.app.core.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses which node labels to draw so that no two overlap, as map renderers do: labels are taken in order of
 * priority and one that would touch a label already taken is left out (the node keeps its tooltip). Pure
 * geometry in pixels, shared by the screen and the exports so both leave out the same labels.
 */
public final class LabelPlacement {
    /**
     * Above this many nodes labels show only when zoomed in (or on emphasised nodes); an export of a graph this
     * big has no labels.
     */
    public static final int LABEL_NODE_LIMIT = 150;

    /** Pixels kept free around each label so neighbours do not touch. */
    static final double GAP = 2;

    private LabelPlacement() {
    }

    /**
     * A label's box in pixels: centred on {@code centreX}, from {@code top} down by {@code height}.
     *
     * @param priority higher is placed first (selected and emphasised nodes, then busier ones)
     */
    public record Candidate(String id, double centreX, double top, double width, double height, double priority) {
        double left() {
            return centreX - width / 2 - GAP;
        }

        double right() {
            return centreX + width / 2 + GAP;
        }

        double bottom() {
            return top + height + GAP;
        }

        double upper() {
            return top - GAP;
        }

        boolean overlaps(Candidate other) {
            return left() < other.right() && other.left() < right() && upper() < other.bottom()
                    && other.upper() < bottom();
        }
    }

    /** The ids whose labels to draw, in placement order; ties in priority go by id, so the result is stable. */
    public static Set<String> place(List<Candidate> candidates) {
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingDouble(Candidate::priority).reversed().thenComparing(Candidate::id));
        double cell = cellSize(order);
        Map<Long, List<Candidate>> grid = new HashMap<>();
        Set<String> placed = new LinkedHashSet<>();
        for (Candidate label : order) {
            if (isDrawable(label) && !collides(label, grid, cell)) {
                placed.add(label.id());
                forEachCell(label, cell, key -> grid.computeIfAbsent(key, k -> new ArrayList<>()).add(label));
            }
        }
        return placed;
    }

    private static boolean isDrawable(Candidate label) {
        return Double.isFinite(label.left()) && Double.isFinite(label.right()) && Double.isFinite(label.upper())
                && Double.isFinite(label.bottom()) && label.width() >= 0 && label.height() >= 0;
    }

    private static boolean collides(Candidate label, Map<Long, List<Candidate>> grid, double cell) {
        boolean[] hit = {false};
        forEachCell(label, cell, key -> {
            if (!hit[0]) {
                for (Candidate other : grid.getOrDefault(key, List.of())) {
                    if (label.overlaps(other)) {
                        hit[0] = true;
                        return;
                    }
                }
            }
        });
        return hit[0];
    }

    /** Cells about as large as a typical label, so each label sits in a few cells. */
    private static double cellSize(List<Candidate> labels) {
        double sum = 0;
        int counted = 0;
        for (Candidate label : labels) {
            if (isDrawable(label)) {
                sum += Math.max(label.width(), label.height());
                counted++;
            }
        }
        return counted == 0 ? 1 : Math.max(1, sum / counted);
    }

    private static void forEachCell(Candidate label, double cell, java.util.function.LongConsumer action) {
        long x0 = (long) Math.floor(label.left() / cell);
        long x1 = (long) Math.floor(label.right() / cell);
        long y0 = (long) Math.floor(label.upper() / cell);
        long y1 = (long) Math.floor(label.bottom() / cell);
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                action.accept(x * 0x1_0000_0000L + (y & 0xffff_ffffL));
            }
        }
    }
}
