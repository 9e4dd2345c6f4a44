package dev.interopatlas.app.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.ui.testing.TinyGraph;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphQueriesTest {
    private final GraphIndex index = new GraphIndex(TinyGraph.graph());

    @Test
    void blastRadiusOfHeaderReachesIncludersSymbolsAndTheRustThatBindsThem() {
        BlastRadius radius = BlastRadius.of(index, "header:include/linux/b.h");
        assertEquals(Set.of("header:include/linux/a.h", "symbol:foo", "helper:foo_h", "module:kernel::x",
                "consumer:drivers/net/drv.rs"), radius.reached());
        assertEquals(java.util.List.of("kernel::x", "drv.rs"), radius.rustImpact().stream().map(Node::label).toList());
    }

    @Test
    void blastRadiusOfUnusedModuleIsEmpty() {
        assertTrue(BlastRadius.of(index, "module:kernel::y").reached().isEmpty());
    }

    @Test
    void blastRadiusDoesNotFollowDependenciesForward() {
        BlastRadius radius = BlastRadius.of(index, "module:kernel::x");
        assertEquals(Set.of("consumer:drivers/net/drv.rs"), radius.reached());
    }

    @Test
    void neighbourhoodGrowsByOneHopInBothDirections() {
        Map<String, Integer> one = Neighbourhood.around(index, "symbol:foo", 1);
        assertEquals(Set.of("symbol:foo", "header:include/linux/b.h", "helper:foo_h", "module:kernel::x"), one.keySet());
        Map<String, Integer> two = Neighbourhood.around(index, "symbol:foo", 2);
        assertEquals(2, two.get("header:include/linux/a.h"));
        assertEquals(2, two.get("consumer:drivers/net/drv.rs"));
        assertFalse(two.containsKey("symbol:bar"));
        assertEquals(0, two.get("symbol:foo"));
    }

    @Test
    void neighbourhoodOfUnknownNodeIsEmpty() {
        assertTrue(Neighbourhood.around(index, "symbol:nope", 3).isEmpty());
    }

    @Test
    void filterByLayerDropsNodesAndTheirEdges() {
        InteropGraph noBindings = GraphFilter.ALL.withLayer(Layer.BINDINGS, false).apply(TinyGraph.graph());
        assertTrue(noBindings.nodes().stream().noneMatch(n -> n.layer() == Layer.BINDINGS));
        assertEquals(Set.of(EdgeKind.INCLUDES, EdgeKind.USES),
                Set.copyOf(noBindings.edges().stream().map(Edge::kind).toList()));
    }

    @Test
    void filterByRoleAndPathPrefix() {
        InteropGraph linux = GraphFilter.ALL.withPathPrefix("include/linux").apply(TinyGraph.graph());
        assertEquals(Set.of("header:include/linux/a.h", "header:include/linux/b.h", "symbol:foo"),
                Set.copyOf(linux.nodes().stream().map(Node::id).toList()));
        InteropGraph noHelpers = GraphFilter.ALL.withRole(NodeKind.HELPER, false).apply(TinyGraph.graph());
        assertEquals(8, noHelpers.nodes().size());
    }

    @Test
    void collapseMergesHeadersOfOneDirectoryAndDropsInternalIncludes() {
        InteropGraph collapsed = HeaderCollapser.collapse(TinyGraph.graph());
        GraphIndex c = new GraphIndex(collapsed);
        Node linux = c.node("headerdir:include/linux").orElseThrow();
        assertEquals(2, linux.metric("headers"));
        assertTrue(c.node("header:include/linux/a.h").isEmpty());
        assertTrue(collapsed.edges().stream().noneMatch(e -> e.kind() == EdgeKind.INCLUDES), "a.h -> b.h became a loop");
        assertEquals("symbol:foo", c.outgoing("headerdir:include/linux").get(0).to());
        assertEquals(8, collapsed.nodes().size(), "6 non-headers + 2 header directories");
    }

    @Test
    void collapseSumsWeightsOfMergedEdges() {
        InteropGraph g = new InteropGraph(java.util.List.of(
                TinyGraph.node("header:d/a.h", NodeKind.C_HEADER, "a.h", "d/a.h", Map.of()),
                TinyGraph.node("header:d/b.h", NodeKind.C_HEADER, "b.h", "d/b.h", Map.of()),
                TinyGraph.node("header:e/z.h", NodeKind.C_HEADER, "z.h", "e/z.h", Map.of())),
                java.util.List.of(TinyGraph.edge("header:d/a.h", "header:e/z.h", EdgeKind.INCLUDES),
                        TinyGraph.edge("header:d/b.h", "header:e/z.h", EdgeKind.INCLUDES)));
        InteropGraph collapsed = HeaderCollapser.collapse(g);
        assertEquals(1, collapsed.edges().size());
        assertEquals(2, collapsed.edges().get(0).weight());
    }
}
