package dev.interopatlas.app.core.map.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.map.AtlasMap;
import dev.interopatlas.app.core.map.GroupBy;
import dev.interopatlas.app.core.map.MapEdge;
import dev.interopatlas.app.core.map.MapNode;
import dev.interopatlas.app.core.map.MapView;
import dev.interopatlas.app.core.map.SectionLookup;
import dev.interopatlas.app.core.map.TinyKernelAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Boxes apart, columns in order, every edge routed from its box to its box. */
class ElkMapLayoutTest {
    /** A fixed advance: what the layout must respect, not what a font draws. */
    static final TextWidth FIXED = (text, size) -> text.length() * size * 0.6;

    @ParameterizedTest
    @EnumSource(ElkMapLayout.Routing.class)
    void tinyKernelFullyOpenIsDrawnInFourOrderedColumnsWithoutOverlap(ElkMapLayout.Routing routing) {
        AtlasMap map = TinyKernelAccess.map();
        MapView all = map.view(map.openedUpTo(1000));
        assertEquals(map.graph().nodes().size(), all.nodes().size());
        LaidOutMap laid = LaidOutMap.of(all, new MapBoxes(FIXED, 12), new ElkMapLayout(routing, 8, 60));
        assertWellDrawn(laid);
    }

    @Test
    void tinyKernelOverviewIsWellDrawn() {
        LaidOutMap laid = LaidOutMap.of(TinyKernelAccess.map().overview(), new MapBoxes(FIXED, 12),
                ElkMapLayout.standard());
        assertWellDrawn(laid);
    }

    @Test
    void boxesAreWideEnoughForTheirLabelAndCount() {
        MapBoxes boxes = new MapBoxes(FIXED, 10);
        MapNode group = TinyKernelAccess.map().overview().nodes().get(0); // include/linux, 2 members
        // padding 6 + "include/linux" 13 × 6 + padding 6 + "2" at 8.5 pt (5.1) + padding 6 = 101.1, rounded up
        assertEquals(102, boxes.width(group));
    }

    static void assertWellDrawn(LaidOutMap laid) {
        Placement placement = laid.placement();
        List<MapNode> nodes = laid.view().nodes();
        assertEquals(nodes.size(), placement.boxes().size());
        for (int i = 0; i < nodes.size(); i++) {
            Box a = placement.boxes().get(nodes.get(i).id());
            assertTrue(a.width() >= laid.boxes().width(nodes.get(i)), nodes.get(i).id());
            for (int j = i + 1; j < nodes.size(); j++) {
                Box b = placement.boxes().get(nodes.get(j).id());
                assertTrue(!a.overlaps(b), nodes.get(i).id() + " overlaps " + nodes.get(j).id());
                int ci = nodes.get(i).layer().ordinal();
                int cj = nodes.get(j).layer().ordinal();
                if (ci < cj) {
                    assertTrue(a.right() < b.x(), nodes.get(i).id() + " not left of " + nodes.get(j).id());
                } else if (cj < ci) {
                    assertTrue(b.right() < a.x(), nodes.get(j).id() + " not left of " + nodes.get(i).id());
                }
            }
        }
        Map<String, Route> routes = placement.routes();
        assertEquals(laid.view().edges().size(), routes.size());
        for (MapEdge edge : laid.view().edges()) {
            Route route = routes.get(MapBoxes.edgeId(edge));
            assertTrue(onBox(route.start(), placement.boxes().get(edge.from())), "start of " + route);
            assertTrue(onBox(route.end(), placement.boxes().get(edge.to())), "end of " + route);
        }
    }

    private static boolean onBox(Point p, Box box) {
        double tolerance = 1.0;
        return p.x() >= box.x() - tolerance && p.x() <= box.right() + tolerance && p.y() >= box.y() - tolerance
                && p.y() <= box.bottom() + tolerance;
    }

    static List<String> ids(MapView view) {
        List<String> ids = new ArrayList<>();
        view.nodes().forEach(n -> ids.add(n.id()));
        return ids;
    }
}
