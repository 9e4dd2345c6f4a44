package dev.interopatlas.app.ui.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PaneLayoutTest {
    private static final double EPS = 1e-9;
    private final PaneLayout all = new PaneLayout(Set.of(), 0.15, 0.25, 0.3);

    @Test
    void firstStartLeavesTheGraphSeventyPercentOfTheWidthAndCollapsesTheTables() {
        double[] dividers = PaneLayout.DEFAULT.centreDividers();
        assertEquals(2, dividers.length);
        assertTrue(dividers[1] - dividers[0] >= 0.7, "graph share " + (dividers[1] - dividers[0]));
        assertFalse(PaneLayout.DEFAULT.shown(Pane.ANALYSIS));
        assertArrayEquals(new double[0], PaneLayout.DEFAULT.tableDividers());
        assertTrue(PaneLayout.DEFAULT.shown(Pane.FILTERS) && PaneLayout.DEFAULT.shown(Pane.DETAILS));
    }

    @Test
    void dividersAreThoseOfTheShownPanesOnly() {
        assertArrayEquals(new double[] {0.15, 0.75}, all.centreDividers(), EPS);
        assertArrayEquals(new double[] {0.7}, all.tableDividers(), EPS);
        assertArrayEquals(new double[] {0.75}, all.with(Pane.FILTERS, false).centreDividers(), EPS);
        assertArrayEquals(new double[] {0.15}, all.with(Pane.DETAILS, false).centreDividers(), EPS);
        assertArrayEquals(new double[0], all.with(Pane.FILTERS, false).with(Pane.DETAILS, false).centreDividers());
        assertArrayEquals(new double[0], all.with(Pane.ANALYSIS, false).tableDividers());
    }

    @Test
    void collapsingAndRestoringKeepsTheSizes() {
        PaneLayout back = all.with(Pane.DETAILS, false).with(Pane.DETAILS, true);
        assertEquals(all, back);
        assertEquals(Set.of(Pane.DETAILS), all.with(Pane.DETAILS, false).collapsed());
    }

    @Test
    void measuredReadsDraggedDividersOfShownPanesAndKeepsCollapsedSizes() {
        PaneLayout dragged = all.measured(new double[] {0.2, 0.7}, new double[] {0.6});
        assertEquals(0.2, dragged.filtersWidth(), EPS);
        assertEquals(0.3, dragged.detailsWidth(), EPS);
        assertEquals(0.4, dragged.analysisHeight(), EPS);
        // Details collapsed: the single divider is the filter pane's; the details keep 0.25.
        PaneLayout noDetails = all.with(Pane.DETAILS, false).measured(new double[] {0.22}, new double[] {0.6});
        assertEquals(0.22, noDetails.filtersWidth(), EPS);
        assertEquals(0.25, noDetails.detailsWidth(), EPS);
        // Filters collapsed: the single divider is the details pane's.
        PaneLayout noFilters = all.with(Pane.FILTERS, false).measured(new double[] {0.8}, new double[0]);
        assertEquals(0.15, noFilters.filtersWidth(), EPS);
        assertEquals(0.2, noFilters.detailsWidth(), EPS);
        assertEquals(0.3, noFilters.analysisHeight(), EPS, "no table divider read: the height stays");
    }

    @Test
    void damagedSizesFallBackToTheDefaultsAndDraggedOnesAreClamped() {
        PaneLayout damaged = new PaneLayout(Set.of(), Double.NaN, 2.0, -1);
        assertEquals(PaneLayout.DEFAULT.filtersWidth(), damaged.filtersWidth(), EPS);
        assertEquals(PaneLayout.DEFAULT.detailsWidth(), damaged.detailsWidth(), EPS);
        assertEquals(PaneLayout.DEFAULT.analysisHeight(), damaged.analysisHeight(), EPS);
        PaneLayout wide = all.measured(new double[] {0.9, 0.99}, new double[] {0.1});
        assertEquals(PaneLayout.MAX, wide.filtersWidth(), EPS);
        assertEquals(PaneLayout.MIN, wide.detailsWidth(), EPS);
        assertEquals(PaneLayout.MAX, wide.analysisHeight(), EPS);
    }
}
