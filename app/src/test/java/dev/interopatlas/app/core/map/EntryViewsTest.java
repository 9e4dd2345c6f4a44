package dev.interopatlas.app.core.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Section and crate-path views: hand-worked on {@link TinyKernel}, then on the bundled v7.3 sample tree. */
class EntryViewsTest {
    @TempDir
    Path temp;

    @Test
    void sectionViewHasItsHeadersTheirBoundSymbolsTheModulesBindingThemAndTheirConsumers() {
        SectionLookup sections = path -> path.startsWith("include/net/") ? List.of("NET") : List.of();
        InteropGraph net = EntryViews.section(TinyKernel.graph(), sections, "NET");
        // c.h declares c_fn; kernel::net binds it; binder uses kernel::net
        assertEquals(Set.of("header:include/net/c.h", "symbol:c_fn", "module:kernel::net", "consumer:binder"),
                ids(net));
        assertEquals(Set.of("header:include/net/c.h>symbol:c_fn", "module:kernel::net>symbol:c_fn",
                "consumer:binder>module:kernel::net"), edges(net));
    }

    @Test
    void sectionViewTakesTheHelpersWrappingItsSymbols() {
        SectionLookup sections = path -> path.startsWith("include/linux/") ? List.of("LINUX") : List.of();
        InteropGraph linux = EntryViews.section(TinyKernel.graph(), sections, "LINUX");
        // a.h and sched/b.h; a_fn, b_fn and helper h (wraps a_fn); arc binds a_fn, mutex b_fn, binder binds h;
        // nova_core uses arc. h.c itself is not in the section.
        assertEquals(Set.of("header:include/linux/a.h", "header:include/linux/sched/b.h", "symbol:a_fn",
                "symbol:b_fn", "helper:h", "module:kernel::sync::arc", "module:kernel::sync::lock::mutex",
                "consumer:nova_core", "consumer:binder"), ids(linux));
    }

    @Test
    void cratePathGoesThroughItsModulesAndHelpersDownToTheDeclaringHeaders() {
        InteropGraph binder = EntryViews.cratePath(TinyKernel.graph(), "binder").orElseThrow();
        // binder uses mutex and kernel::net, binds helper h; they bind b_fn and c_fn; h wraps a_fn
        assertEquals(Set.of("consumer:binder", "module:kernel::sync::lock::mutex", "module:kernel::net",
                "helper:h", "symbol:a_fn", "symbol:b_fn", "symbol:c_fn", "header:include/linux/a.h",
                "header:include/linux/sched/b.h", "header:include/net/c.h", "header:rust/helpers/h.c"), ids(binder));
        assertEquals(EntryViews.cratePath(TinyKernel.graph(), "consumer:binder"), EntryViews.cratePath(
                TinyKernel.graph(), "binder"));
        assertTrue(EntryViews.cratePath(TinyKernel.graph(), "no_such_crate").isEmpty());
        assertTrue(EntryViews.cratePath(TinyKernel.graph(), "module:kernel::net").isEmpty());
    }

    @Test
    void smallViewsOpenTheirGroupsUpToTheBoxLimit() {
        InteropGraph nova = EntryViews.cratePath(TinyKernel.graph(), "nova_core").orElseThrow();
        AtlasMap map = AtlasMap.of(nova, GroupBy.DIRECTORY, SectionLookup.NONE);
        // nova_core, arc (under kernel::sync), lost (unresolved), a_fn and a.h (include/linux): four
        // one-member groups and the crate, so opening all of them keeps five boxes
        assertEquals(5, map.overview().nodes().size());
        assertEquals(Set.of("header:include/linux/a.h", "symbol:a_fn", "symbol:lost", "module:kernel::sync::arc",
                "consumer:nova_core"), map.view(map.openedUpTo(5)).nodes().stream().map(MapNode::id)
                .collect(Collectors.toSet()));
        AtlasMap whole = AtlasMap.of(TinyKernel.graph(), GroupBy.DIRECTORY, SectionLookup.NONE);
        // the overview has 11 boxes; at 11 only one-member groups open (include/linux and kernel have 2
        // children, kernel::sync 3), so the view keeps 11 boxes
        assertEquals(Set.of(Grouping.groupId(Layer.C_HEADERS, "include/net"),
                Grouping.groupId(Layer.C_HEADERS, "rust/helpers"), Grouping.groupId(Layer.BINDINGS, "(unresolved)"),
                Grouping.groupId(Layer.BINDINGS, "include/net"), Grouping.groupId(Layer.BINDINGS, "rust/helpers")),
                whole.openedUpTo(11).expanded());
        assertEquals(11, whole.view(whole.openedUpTo(11)).nodes().size());
    }

    @Test
    void ethernetPhySectionOfTheSampleIsPhyHTheBindingsOfPhyRsAndTheAxMiniDriver() throws Exception {
        IndexedTrees.Indexed sample = IndexedTrees.of(SampleTrees.extract("v7.3", temp.resolve("v7.3")));
        InteropGraph phy = EntryViews.section(sample.index().graph(), sample.sections(), "ETHERNET PHY LIBRARY");
        // MAINTAINERS: F: drivers/net/phy/ and include/linux/phy.h
        assertEquals(Set.of("header:include/linux/phy.h"), ids(phy, NodeKind.C_HEADER));
        // rust/kernel/net/phy.rs:32-223 names these bindings::, all declared in include/linux/phy.h
        assertEquals(Set.of("symbol:phy_device", "symbol:phy_state_PHY_RUNNING", "symbol:phy_state_PHY_NOLINK",
                "symbol:phy_read_paged", "symbol:genphy_read_status", "symbol:genphy_soft_reset",
                "symbol:genphy_suspend", "symbol:genphy_resume", "symbol:phy_driver", "symbol:phy_drivers_register",
                "symbol:phy_drivers_unregister"), ids(phy, NodeKind.C_SYMBOL));
        assertEquals(Set.of("module:kernel::net::phy"), ids(phy, NodeKind.ABSTRACTION));
        // drivers/net/phy/Makefile:5 builds ax_mini_rust.o, which uses kernel::net::phy (ax_mini_rust.rs:7)
        assertEquals(Set.of("consumer:ax_mini_rust"), ids(phy, NodeKind.CONSUMER));
    }

    @Test
    void rnullPathOfTheSampleReachesBlkMqThroughKernelBlockMq() throws Exception {
        IndexedTrees.Indexed sample = IndexedTrees.of(SampleTrees.extract("v7.3", temp.resolve("v7.3")));
        InteropGraph rnull = EntryViews.cratePath(sample.index().graph(), "rnull_mini").orElseThrow();
        Set<String> ids = ids(rnull);
        // rnull_mini.rs:6 uses kernel::block::mq; mq.rs:115 binds blk_mq_alloc_tag_set, declared in
        // include/linux/blk-mq.h:48
        assertTrue(ids.containsAll(Set.of("consumer:rnull_mini", "module:kernel::block::mq",
                "symbol:blk_mq_alloc_tag_set", "header:include/linux/blk-mq.h")), ids.toString());
        assertEquals(Set.of("consumer:rnull_mini"), ids(rnull, NodeKind.CONSUMER));
        assertFalse(ids.contains("module:kernel::net::phy"));
        assertFalse(ids.contains("header:include/linux/phy.h"));
    }

    private static Set<String> ids(InteropGraph graph) {
        return graph.nodes().stream().map(Node::id).collect(Collectors.toSet());
    }

    private static Set<String> ids(InteropGraph graph, NodeKind kind) {
        return graph.nodes().stream().filter(n -> n.kind() == kind).map(Node::id).collect(Collectors.toSet());
    }

    private static Set<String> edges(InteropGraph graph) {
        return graph.edges().stream().map((Edge e) -> e.from() + ">" + e.to()).collect(Collectors.toSet());
    }
}
