package dev.interopatlas.app.ui.layout;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which panes around the graph are collapsed and how big each is when shown, as a fraction of its split pane:
 * the filter and details panes of the window's width, the analysis tabs of the centre's height. What is kept
 * between runs; sizes outside {@link #MIN}..{@link #MAX} (a damaged preference) fall back to the defaults.
 */
public record PaneLayout(Set<Pane> collapsed, double filtersWidth, double detailsWidth, double analysisHeight) {
    public static final double MIN = 0.05;
    public static final double MAX = 0.45;
    /**
     * First start: the graph gets at least 70% of the window each way (1400x900, or 1280x800 on a smaller screen).
     * The side panes are shown at 13% each (182 px at 1400; their minimum, 180 px, at 1280); the analysis tabs
     * start collapsed (the toolbar's Tables toggle, Ctrl+J) and open at 30% of the height, where their tables
     * show rows: under the menu, tool and release bars even a fifth of the height for them would leave the graph
     * under 70%.
     */
    public static final PaneLayout DEFAULT = new PaneLayout(Set.of(Pane.ANALYSIS), 0.13, 0.13, 0.3);

    public PaneLayout {
        collapsed = collapsed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(collapsed));
        filtersWidth = sane(filtersWidth, 0.13);
        detailsWidth = sane(detailsWidth, 0.13);
        analysisHeight = sane(analysisHeight, 0.3);
    }

    private static double sane(double fraction, double fallback) {
        return fraction >= MIN && fraction <= MAX ? fraction : fallback;
    }

    /** A pane dragged wider than {@link #MAX} is remembered at MAX, so the graph keeps room on the next start. */
    private static double clamp(double fraction) {
        return Math.max(MIN, Math.min(MAX, fraction));
    }

    public boolean shown(Pane pane) {
        return !collapsed.contains(pane);
    }

    /** This layout with {@code pane} shown or collapsed. */
    public PaneLayout with(Pane pane, boolean shown) {
        Set<Pane> next = EnumSet.noneOf(Pane.class);
        next.addAll(collapsed);
        if (shown) {
            next.remove(pane);
        } else {
            next.add(pane);
        }
        return new PaneLayout(next, filtersWidth, detailsWidth, analysisHeight);
    }

    /**
     * Divider positions of the horizontal split, whose items are [filters] graph [details] with only the shown
     * side panes present.
     */
    public double[] centreDividers() {
        boolean filters = shown(Pane.FILTERS);
        boolean details = shown(Pane.DETAILS);
        if (filters && details) {
            return new double[] {filtersWidth, 1 - detailsWidth};
        }
        if (filters) {
            return new double[] {filtersWidth};
        }
        return details ? new double[] {1 - detailsWidth} : new double[0];
    }

    /** Divider positions of the vertical split: graph [analysis tabs]. */
    public double[] tableDividers() {
        return shown(Pane.ANALYSIS) ? new double[] {1 - analysisHeight} : new double[0];
    }

    /**
     * The sizes read back from the dividers the user may have dragged (laid out as {@link #centreDividers()} and
     * {@link #tableDividers()} say); a collapsed pane keeps the size it had.
     */
    public PaneLayout measured(double[] centre, double[] table) {
        double filters = filtersWidth;
        double details = detailsWidth;
        double analysis = analysisHeight;
        if (centre.length == centreDividers().length && centre.length > 0) {
            if (shown(Pane.FILTERS)) {
                filters = clamp(centre[0]);
            }
            if (shown(Pane.DETAILS)) {
                details = clamp(1 - centre[centre.length - 1]);
            }
        }
        if (table.length == 1 && shown(Pane.ANALYSIS)) {
            analysis = clamp(1 - table[0]);
        }
        return new PaneLayout(collapsed, filters, details, analysis);
    }
}
