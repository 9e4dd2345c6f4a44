package dev.interopatlas.app.core.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.load.SyntheticGraph;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A 20k-node synthetic kernel stays usable because it is never drawn whole: 4,000 consumer crates, 1,400 top-level
 * modules in group {@code kernel}, 175 header directories ({@link SyntheticGraph}) all end up in pages: its top
 * entries are over {@link WideGroups#MAX_OVERVIEW_BOXES}, so each column is paged by {@link GroupPages#MAX_CHILDREN}.
 */
class SyntheticMapTest {
    /** What one screen can still show: the upper bound for the overview. */
    private static final int READABLE_BOXES = 250;

    private final InteropGraph graph = SyntheticGraph.graph(20_000, 7);
    private final AtlasMap map = AtlasMap.of(graph, GroupBy.DIRECTORY, SectionLookup.NONE);

    @Test
    void overviewOfTwentyThousandNodesShowsAReadableNumberOfBoxesStandingForAllOfThem() {
        MapView overview = map.overview();
        assertTrue(overview.nodes().size() <= READABLE_BOXES, "overview: " + overview.nodes().size());
        assertEquals(graph.nodes().size(), overview.nodes().stream().mapToInt(MapNode::memberCount).sum());
        Map<Layer, Integer> perColumn = new EnumMap<>(Layer.class);
        overview.nodes().forEach(n -> perColumn.merge(n.layer(), 1, Integer::sum));
        perColumn.values().forEach(count -> assertTrue(count <= GroupPages.MAX_CHILDREN, perColumn.toString()));
    }

    @Test
    void openingAnySingleGroupWhereverItIsDrawsAReadableNumberOfBoxes() {
        int groups = 0;
        for (MapEntry entry : map.hierarchy().entries()) {
            if (!entry.group()) {
                continue;
            }
            groups++;
            assertTrue(entry.children().size() <= GroupPages.MAX_CHILDREN, entry.id());
            Expansion open = Expansion.NONE.reveal(map.hierarchy(), entry.id()).expand(map.hierarchy(), entry.id());
            int boxes = map.view(open).nodes().size();
            assertTrue(boxes <= READABLE_BOXES, entry.id() + " opened: " + boxes + " boxes");
        }
        assertTrue(groups > 100, "groups: " + groups);
    }
}
