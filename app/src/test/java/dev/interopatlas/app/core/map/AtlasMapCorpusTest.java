package dev.interopatlas.app.core.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The overview of the real 7.3 tree stays within what one screen can show, and names the big Rust users. */
@Tag("corpus")
class AtlasMapCorpusTest {
    @Test
    void overviewOf73HasBetween20And250BoxesNamingNovaCoreBinderDrmAndNet() throws Exception {
        IndexedTrees.Indexed tree = IndexedTrees.corpus("7.3");
        MapView overview = AtlasMap.of(tree.index().graph(), GroupBy.DIRECTORY, tree.sections()).overview();
        List<String> labels = overview.nodes().stream().map(MapNode::label).toList();
        System.out.println("7.3 overview: " + overview.nodes().size() + " boxes (" + overview.groupCount()
                + " groups), " + overview.edges().size() + " edges");
        assertTrue(overview.nodes().size() >= 20 && overview.nodes().size() <= 250, labels.toString());
        // consumers are crates: drivers/gpu/nova-core builds nova_core, drivers/android/binder builds rust_binder
        assertTrue(labels.contains("nova_core"), labels.toString());
        assertTrue(labels.contains("rust_binder"), labels.toString());
        // rust/kernel/drm/ and rust/kernel/net/ hold sub-modules, so kernel::drm and kernel::net are groups
        assertTrue(labels.contains("kernel::drm"), labels.toString());
        assertTrue(labels.contains("kernel::net"), labels.toString());
        // include/drm and include/net hold headers of the bindings closure
        assertTrue(labels.contains("include/drm"), labels.toString());
        assertTrue(labels.contains("include/net"), labels.toString());
        // every graph node is under exactly one box
        assertEquals(tree.index().graph().nodes().size(), overview.nodes().stream().mapToInt(MapNode::memberCount)
                .sum());
    }

    @Test
    void openingAnyOneGroupOf73ShowsNoMoreThanTheOverviewBound() throws Exception {
        // main drew 596 boxes for include/linux's headers and 1,252 for its bindings (ADR 0010); now every group has
        // at most 40 children, so one opening adds at most 39 boxes a level to the 99 of the overview
        IndexedTrees.Indexed tree = IndexedTrees.corpus("7.3");
        AtlasMap map = AtlasMap.of(tree.index().graph(), GroupBy.DIRECTORY, tree.sections());
        int widest = 0;
        for (MapEntry group : map.hierarchy().entries()) {
            if (group.group()) {
                Expansion open = Expansion.NONE.reveal(map.hierarchy(), group.id()).expand(map.hierarchy(), group.id());
                widest = Math.max(widest, map.view(open).nodes().size());
                assertTrue(group.children().size() <= GroupPages.MAX_CHILDREN, group.id());
            }
        }
        System.out.println("7.3: most boxes after opening one group: " + widest);
        assertTrue(widest <= WideGroups.MAX_OVERVIEW_BOXES, "boxes: " + widest);
    }

    @Test
    void subsystemGroupingOf73CoversEveryNode() throws Exception {
        IndexedTrees.Indexed tree = IndexedTrees.corpus("7.3");
        MapView overview = AtlasMap.of(tree.index().graph(), GroupBy.SUBSYSTEM, tree.sections()).overview();
        System.out.println("7.3 overview by section: " + overview.nodes().size() + " boxes");
        // 306 top groups (ADR 0010): over the 250, so the two section columns come in name-range pages, and
        // a section is one reveal away
        assertTrue(overview.nodes().size() <= WideGroups.MAX_OVERVIEW_BOXES, "boxes: " + overview.nodes().size());
        AtlasMap map = AtlasMap.of(tree.index().graph(), GroupBy.SUBSYSTEM, tree.sections());
        MapEntry phy = map.hierarchy().entries().stream().filter(e -> e.label().equals("ETHERNET PHY LIBRARY"))
                .findFirst().orElseThrow();
        assertTrue(map.view(Expansion.NONE.reveal(map.hierarchy(), phy.id())).nodes().stream()
                .anyMatch(n -> n.id().equals(phy.id())));
        assertEquals(tree.index().graph().nodes().size(), overview.nodes().stream().mapToInt(MapNode::memberCount)
                .sum());
    }
}
