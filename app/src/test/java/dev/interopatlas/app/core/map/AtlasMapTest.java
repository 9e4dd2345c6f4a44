package dev.interopatlas.app.core.map;

import static dev.interopatlas.app.core.map.Grouping.groupId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.model.graph.Layer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The group tree and views of {@link TinyKernel}, with every expected figure worked out by hand from it. */
class AtlasMapTest {
    private static final String HEADERS_LINUX = groupId(Layer.C_HEADERS, "include/linux");
    private static final String HEADERS_SCHED = groupId(Layer.C_HEADERS, "include/linux/sched");
    private static final String HEADERS_NET = groupId(Layer.C_HEADERS, "include/net");
    private static final String HEADERS_HELPERS = groupId(Layer.C_HEADERS, "rust/helpers");
    private static final String BOUND_LINUX = groupId(Layer.BINDINGS, "include/linux");
    private static final String BOUND_SCHED = groupId(Layer.BINDINGS, "include/linux/sched");
    private static final String BOUND_NET = groupId(Layer.BINDINGS, "include/net");
    private static final String BOUND_HELPERS = groupId(Layer.BINDINGS, "rust/helpers");
    private static final String UNRESOLVED = groupId(Layer.BINDINGS, "(unresolved)");
    private static final String SYNC = groupId(Layer.ABSTRACTIONS, "kernel::sync");
    private static final String LOCK = groupId(Layer.ABSTRACTIONS, "kernel::sync::lock");
    private static final String KERNEL = groupId(Layer.ABSTRACTIONS, "kernel");

    private final AtlasMap map = AtlasMap.of(TinyKernel.graph(), GroupBy.DIRECTORY, SectionLookup.NONE);
    private final Hierarchy tree = map.hierarchy();

    @Test
    void overviewShowsTopGroupsOfEachColumnAndTheConsumers() {
        // headers: include/linux (holding include/linux/sched), include/net, rust/helpers; symbols the same
        // directories plus the unresolved one; modules: kernel::sync (has sub-modules), and the crate root with
        // kernel::net (no sub-modules) in group kernel; consumers: both crates. Groups come before members, each by
        // label ("(" sorts before letters).
        assertEquals(List.of(HEADERS_LINUX, HEADERS_NET, HEADERS_HELPERS, UNRESOLVED, BOUND_LINUX, BOUND_NET,
                BOUND_HELPERS, KERNEL, SYNC, "consumer:binder", "consumer:nova_core"), ids(map.overview()));
        assertEquals(9, map.overview().groupCount());
        assertEquals(List.of("module:kernel", "module:kernel::net"), tree.entry(KERNEL).orElseThrow().children());
    }

    @Test
    void groupsCountTheirMembersAndSumTheirUnsafe() {
        // include/linux holds a.h and, through include/linux/sched, b.h
        assertEquals(2, tree.entry(HEADERS_LINUX).orElseThrow().memberCount());
        assertEquals(List.of(HEADERS_SCHED, "header:include/linux/a.h"), tree.entry(HEADERS_LINUX).orElseThrow()
                .children());
        assertEquals(2, tree.entry(BOUND_LINUX).orElseThrow().memberCount());
        assertEquals(List.of(BOUND_SCHED, "symbol:a_fn"), tree.entry(BOUND_LINUX).orElseThrow().children());
        // kernel::sync holds sync (1), arc (4), and kernel::sync::lock = lock (0) + mutex (2)
        assertEquals(4, tree.entry(SYNC).orElseThrow().memberCount());
        assertEquals(7, tree.entry(SYNC).orElseThrow().unsafeTotal());
        assertEquals(2, tree.entry(LOCK).orElseThrow().memberCount());
        assertEquals(2, tree.entry(LOCK).orElseThrow().unsafeTotal());
    }

    @Test
    void overviewEdgesCountTheGraphEdgesTheyStandFor() {
        Map<String, int[]> edges = edges(map.overview());
        // a.h→a_fn and b.h→b_fn
        assertArrayEquals(new int[] {2, 2}, edges.get(HEADERS_LINUX + ">" + BOUND_LINUX));
        // arc→a_fn (3 references) and mutex→b_fn (2)
        assertArrayEquals(new int[] {2, 5}, edges.get(SYNC + ">" + BOUND_LINUX));
        assertArrayEquals(new int[] {1, 1}, edges.get("consumer:binder>" + BOUND_HELPERS));
        assertArrayEquals(new int[] {1, 1}, edges.get("consumer:nova_core>" + UNRESOLVED));
        assertArrayEquals(new int[] {1, 1}, edges.get("consumer:binder>" + SYNC));
        assertArrayEquals(new int[] {1, 1}, edges.get("consumer:binder>" + KERNEL));
        // 15 graph edges, of which 3 run inside a column (include, wrap, module use): 12 left, merged into 10
        assertEquals(10, edges.size());
    }

    @Test
    void expandingOpensAGroupInPlaceAndCollapsingRestoresTheOverview() {
        Expansion open = Expansion.NONE.expand(tree, SYNC);
        MapView expanded = map.view(open);
        assertEquals(List.of(HEADERS_LINUX, HEADERS_NET, HEADERS_HELPERS, UNRESOLVED, BOUND_LINUX, BOUND_NET,
                BOUND_HELPERS, KERNEL, LOCK, "module:kernel::sync", "module:kernel::sync::arc", "consumer:binder",
                "consumer:nova_core"), ids(expanded));
        Map<String, int[]> edges = edges(expanded);
        assertArrayEquals(new int[] {1, 3}, edges.get("module:kernel::sync::arc>" + BOUND_LINUX));
        assertArrayEquals(new int[] {1, 2}, edges.get(LOCK + ">" + BOUND_LINUX));
        assertArrayEquals(new int[] {1, 1}, edges.get("consumer:nova_core>module:kernel::sync::arc"));
        assertEquals(map.overview(), map.view(open.collapse(tree, SYNC)));
    }

    @Test
    void collapsingAGroupClosesTheGroupsInsideIt() {
        Expansion deep = Expansion.NONE.expand(tree, SYNC).expand(tree, LOCK);
        assertEquals(Expansion.NONE, deep.collapse(tree, SYNC));
    }

    @Test
    void revealOpensEveryGroupAboveANodeAndBreadcrumbsListThem() {
        Expansion revealed = Expansion.NONE.reveal(tree, "module:kernel::sync::lock::mutex");
        assertEquals(Set.of(SYNC, LOCK), revealed.expanded());
        assertTrue(ids(map.view(revealed)).contains("module:kernel::sync::lock::mutex"));
        assertEquals(List.of(SYNC, LOCK), revealed.breadcrumbs(tree, "module:kernel::sync::lock::mutex").stream()
                .map(MapEntry::id).toList());
        assertEquals(Set.of(HEADERS_LINUX, HEADERS_SCHED),
                Expansion.NONE.reveal(tree, "header:include/linux/sched/b.h").expanded());
    }

    @Test
    void onlyGroupsExpand() {
        assertThrows(IllegalArgumentException.class, () -> Expansion.NONE.expand(tree, "consumer:binder"));
        assertThrows(IllegalArgumentException.class, () -> Expansion.NONE.expand(tree, "group:nothing"));
    }

    @Test
    void subsystemGroupingUsesTheMostSpecificSectionOfTheDeclaringFile() {
        SectionLookup sections = path -> path.startsWith("include/net/") ? List.of("NETWORKING [GENERAL]")
                : path.startsWith("include/linux/") ? List.of("SCHEDULER", "LINUX") : List.of();
        AtlasMap bySection = AtlasMap.of(TinyKernel.graph(), GroupBy.SUBSYSTEM, sections);
        Hierarchy sectionTree = bySection.hierarchy();
        assertEquals(List.of("header:include/linux/a.h", "header:include/linux/sched/b.h"),
                sectionTree.entry(groupId(Layer.C_HEADERS, "SCHEDULER")).orElseThrow().children());
        assertEquals(List.of("symbol:a_fn", "symbol:b_fn"),
                sectionTree.entry(groupId(Layer.BINDINGS, "SCHEDULER")).orElseThrow().children());
        assertEquals(List.of("helper:h"),
                sectionTree.entry(groupId(Layer.BINDINGS, "(no section)")).orElseThrow().children());
        assertEquals(1, sectionTree.entry(groupId(Layer.C_HEADERS, "NETWORKING [GENERAL]")).orElseThrow()
                .memberCount());
    }

    private static List<String> ids(MapView view) {
        return view.nodes().stream().map(MapNode::id).toList();
    }

    private static Map<String, int[]> edges(MapView view) {
        return view.edges().stream().collect(Collectors.toMap(e -> e.from() + ">" + e.to(),
                e -> new int[] {e.edges(), e.references()}));
    }

    private static void assertArrayEquals(int[] expected, int[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }
}
