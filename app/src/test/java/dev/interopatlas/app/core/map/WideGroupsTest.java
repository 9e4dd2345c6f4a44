package dev.interopatlas.app.core.map;

import static dev.interopatlas.app.core.map.Grouping.groupId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Wide groups on a hand-built graph: 100 symbols bound from three headers of {@code include/big} (a.h declares
 * s000–s049, b.h s050–s079, c.h s080–s099; every tenth symbol has one unsafe site) and 95 headers h00.h–h94.h in
 * {@code include/wide}. Expected figures worked out from {@link GroupPages#chunks} (n items in ceil(n/40) chunks,
 * chunk i = items [i·n/c, (i+1)·n/c)).
 */
class WideGroupsTest {
    private static final String BOUND_BIG = groupId(Layer.BINDINGS, "include/big");
    private static final String BOUND_A = groupId(Layer.BINDINGS, "include/big/a.h");
    private static final String BOUND_B = groupId(Layer.BINDINGS, "include/big/b.h");
    private static final String BOUND_C = groupId(Layer.BINDINGS, "include/big/c.h");
    private static final String HEADERS_WIDE = groupId(Layer.C_HEADERS, "include/wide");

    private final AtlasMap map = AtlasMap.of(graph(), GroupBy.DIRECTORY, SectionLookup.NONE);
    private final Hierarchy tree = map.hierarchy();

    @Test
    void noGroupHasMoreChildrenThanTheLimit() {
        for (MapEntry entry : tree.entries()) {
            assertTrue(entry.children().size() <= GroupPages.MAX_CHILDREN, entry.id() + ": " + entry.children().size());
        }
    }

    @Test
    void boundSymbolsOfAWideDirectoryAreGroupedByDeclaringHeader() {
        // 100 members > 40: by file, a.h (50), b.h (30), c.h (20): three groups instead
        assertEquals(List.of(BOUND_A, BOUND_B, BOUND_C), entry(BOUND_BIG).children());
        assertEquals("include/big/a.h", entry(BOUND_A).label());
        assertEquals(ids("symbol:s", 50, 80), entry(BOUND_B).children());
        assertEquals(ids("symbol:s", 80, 100), entry(BOUND_C).children());
    }

    @Test
    void aHeaderGroupStillTooWideIsPagedByNameRange() {
        // a.h's 50 symbols: ceil(50/40) = 2 pages of 25, s000–s024 and s025–s049
        String page1 = groupId(Layer.BINDINGS, "include/big/a.h#1.1");
        String page2 = groupId(Layer.BINDINGS, "include/big/a.h#1.2");
        assertEquals(List.of(page1, page2), entry(BOUND_A).children());
        assertEquals("a.h: s000 \u2013 s024", entry(page1).label());
        assertEquals("a.h: s025 \u2013 s049", entry(page2).label());
        assertEquals(ids("symbol:s", 0, 25), entry(page1).children());
        assertEquals(ids("symbol:s", 25, 50), entry(page2).children());
    }

    @Test
    void pagesOfAWideHeaderDirectoryCoverEveryHeaderOnceInNameOrder() {
        // 95 headers: 3 pages, [0, 31), [31, 63), [63, 95); labels: the directory's last part, then the range
        List<String> pages = entry(HEADERS_WIDE).children();
        assertEquals(3, pages.size());
        assertEquals(List.of("wide: h00.h \u2013 h30.h", "wide: h31.h \u2013 h62.h", "wide: h63.h \u2013 h94.h"),
                pages.stream().map(p -> entry(p).label()).toList());
        List<String> covered = new ArrayList<>();
        pages.forEach(p -> covered.addAll(entry(p).children()));
        assertEquals(headerIds(0, 95), covered);
        assertEquals(List.of(31, 32, 32), pages.stream().map(p -> entry(p).memberCount()).toList());
    }

    @Test
    void groupsCountTheirMembersAndSumTheirUnsafeThroughTheNewLevels() {
        assertEquals(100, entry(BOUND_BIG).memberCount());
        // unsafe on s000, s010, …, s090: 10 in all, 5 in a.h (s000–s040), 3 in its first page (s000, s010, s020)
        assertEquals(10, entry(BOUND_BIG).unsafeTotal());
        assertEquals(5, entry(BOUND_A).unsafeTotal());
        assertEquals(3, entry(groupId(Layer.BINDINGS, "include/big/a.h#1.1")).unsafeTotal());
        assertEquals(95, entry(HEADERS_WIDE).memberCount());
        // the overview still stands for every graph node once
        assertEquals(graph().nodes().size(), map.overview().nodes().stream().mapToInt(MapNode::memberCount).sum());
    }

    @Test
    void revealingADeepMemberOpensEveryLevelAndCollapseClosesThem() {
        String page2 = groupId(Layer.BINDINGS, "include/big/a.h#1.2");
        Expansion revealed = Expansion.NONE.reveal(tree, "symbol:s030");
        assertEquals(Set.of(BOUND_BIG, BOUND_A, page2), revealed.expanded());
        List<String> drawn = map.view(revealed).nodes().stream().map(MapNode::id).toList();
        assertTrue(drawn.containsAll(ids("symbol:s", 25, 50)), drawn.toString());
        assertEquals(List.of(BOUND_BIG, BOUND_A, page2),
                revealed.breadcrumbs(tree, "symbol:s030").stream().map(MapEntry::id).toList());
        assertEquals(Expansion.NONE, revealed.collapse(tree, BOUND_BIG));
    }

    @Test
    void openingTheWideGroupDrawsItsPagesNotItsMembers() {
        // overview: headers include/big, include/wide; bindings include/big: 3 boxes
        assertEquals(3, map.overview().nodes().size());
        // include/wide opened: headers include/big, its 3 pages, bindings include/big
        assertEquals(5, map.view(Expansion.NONE.expand(tree, HEADERS_WIDE)).nodes().size());
    }

    @Test
    void expandOnTheCommandLineStillOpensAGroupByItsLabel() {
        MapRequest request = new MapRequest(GroupBy.DIRECTORY, List.of("include/big"), Optional.empty(),
                Optional.empty());
        MapSelection.Selected selected = MapSelection.select(graph(), SectionLookup.NONE, request);
        // include/big names the headers group (3 headers) and the bindings group (3 header groups); include/wide stays
        assertEquals(1 + 3 + 3, selected.view().nodes().size());
    }

    @Test
    void moreLeafPagesThanTheLimitAreGroupedIntoPagesOfPages() {
        // 2,000 names: 50 pages of 40 > 40, so 2 upper pages of 25 pages (1,000 names) each
        List<String> names = IntStream.range(0, 2000).mapToObj(i -> String.format("n%04d", i)).toList();
        List<GroupPages.Page> made = new ArrayList<>();
        List<String> top = GroupPages.paginate(Layer.BINDINGS, "x", "", List.of(names), n -> n, made::add);
        assertEquals(List.of(groupId(Layer.BINDINGS, "x#2.1"), groupId(Layer.BINDINGS, "x#2.2")), top);
        GroupPages.Page upper = made.stream().filter(p -> p.id().equals(top.get(0))).findFirst().orElseThrow();
        assertEquals(25, upper.children().size());
        assertEquals("n0000 \u2013 n0999", upper.label());
        assertEquals(52, made.size());
    }

    @Test
    void pageLabelsStayWithinWhatABoxShowsUncut() {
        // 36 characters: "linux: " (7) + two names of (36 - 7 - 3) / 2 = 13 (cut: 12 and an ellipsis);
        // "pci_ids.h: " (11) leaves (36 - 11 - 3) / 2 = 11 a name (cut: 10 and an ellipsis)
        assertEquals("linux: rbtree_augme\u2026 \u2013 sched.h", GroupPages.label("linux", "rbtree_augmented.h", "sched.h"));
        assertEquals("pci_ids.h: PCI_ANY_ID \u2013 PCI_VENDOR\u2026",
                GroupPages.label("pci_ids.h", "PCI_ANY_ID", "PCI_VENDOR_ID_INTEL"));
        assertEquals("linux", WideGroups.lastSegment("include/linux"));
        assertEquals("sync", WideGroups.lastSegment("kernel::sync"));
        assertEquals("kernel", WideGroups.lastSegment("kernel"));
    }

    static InteropGraph graph() {
        List<Node> nodes = new ArrayList<>();
        for (String header : List.of("a.h", "b.h", "c.h")) {
            nodes.add(TinyKernel.header("include/big/" + header));
        }
        for (int i = 0; i < 100; i++) {
            String file = "include/big/" + (i < 50 ? "a.h" : i < 80 ? "b.h" : "c.h");
            nodes.add(new Node(String.format("symbol:s%03d", i), NodeKind.C_SYMBOL, String.format("s%03d", i),
                    Optional.of(file), Optional.of(1), Optional.of("function"),
                    i % 10 == 0 ? Map.of("unsafeTotal", 1) : Map.of()));
        }
        for (int i = 0; i < 95; i++) {
            nodes.add(TinyKernel.header(String.format("include/wide/h%02d.h", i)));
        }
        return new InteropGraph(nodes, List.of());
    }

    private MapEntry entry(String id) {
        return tree.entry(id).orElseThrow(() -> new AssertionError("no entry " + id));
    }

    private static List<String> ids(String prefix, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> prefix + String.format("%03d", i)).toList();
    }

    private static List<String> headerIds(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> String.format("header:include/wide/h%02d.h", i)).toList();
    }
}
