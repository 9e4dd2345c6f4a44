package dev.interopatlas.app.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.layout.NodePosition;
import dev.interopatlas.app.core.load.SyntheticGraph;
import dev.interopatlas.model.graph.InteropGraph;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutChoiceTest {
    private static final Map<String, NodePosition> FORCED = Map.of("a", new NodePosition(5, 5));
    private static final Map<String, NodePosition> LAYERED = Map.of("a", new NodePosition(0, 0));

    @Test
    void forcePositionsDrawTheGraphTheyWereComputedFor() {
        InteropGraph shown = SyntheticGraph.graph(50, 1);
        LayoutChoice choice = new LayoutChoice();
        choice.force(shown, FORCED);
        assertEquals(FORCED, choice.positions(shown, LAYERED));
        assertTrue(choice.forcedFor(shown));
    }

    @Test
    void forcePositionsOfAGraphNoLongerShownAreNeverDrawn() {
        // the race of issue 11: the layout of the old tree ends after the new tree was loaded
        InteropGraph old = SyntheticGraph.graph(50, 1);
        InteropGraph loadedSince = SyntheticGraph.graph(50, 1);
        LayoutChoice choice = new LayoutChoice();
        choice.force(old, FORCED);
        assertEquals(LAYERED, choice.positions(loadedSince, LAYERED));
        assertFalse(choice.forcedFor(loadedSince));
    }

    @Test
    void backToLayeredForgetsTheForcePositions() {
        InteropGraph shown = SyntheticGraph.graph(50, 1);
        LayoutChoice choice = new LayoutChoice();
        choice.force(shown, FORCED);
        choice.layered();
        assertEquals(LAYERED, choice.positions(shown, LAYERED));
    }
}
