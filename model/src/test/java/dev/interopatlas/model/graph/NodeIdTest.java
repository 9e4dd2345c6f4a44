package dev.interopatlas.model.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeIdTest {

    @Test
    void toStringKeepsTheIdsTheIndexWrites() {
        // the spellings of README's examples and of the sample goldens (sample-trees/*/expected)
        assertEquals("header:include/linux/phy.h", NodeId.header("include/linux/phy.h").toString());
        assertEquals("symbol:phy_start", NodeId.symbol("phy_start").toString());
        assertEquals("helper:mutex_lock", NodeId.helper("mutex_lock").toString());
        assertEquals("module:kernel::sync::arc", NodeId.module("kernel::sync::arc").toString());
        assertEquals("consumer:nova_core", NodeId.consumer("nova_core").toString());
        assertEquals("headerdir:include/linux", NodeId.headerDirectory("include/linux").toString());
    }

    @Test
    void parseReadsBackEveryKindAndKeepsColonsOfTheKey() {
        for (NodeId id : new NodeId[] {NodeId.header("a/b.h"), NodeId.module("kernel::a::b"),
                NodeId.consumer("drivers/x"), NodeId.headerDirectory("."), NodeId.helper("h"), NodeId.symbol("s")}) {
            assertEquals(Optional.of(id), NodeId.parse(id.toString()));
        }
        assertEquals("kernel::a", NodeId.parse("module:kernel::a").orElseThrow().key());
    }

    @Test
    void parseRejectsIdsWithoutAKnownPrefix() {
        assertTrue(NodeId.parse("a").isEmpty());
        assertTrue(NodeId.parse("headers:x").isEmpty());
    }

    @Test
    void eachIdKindStandsForOneNodeKind() {
        assertEquals(NodeKind.C_HEADER, NodeId.Kind.HEADER_DIRECTORY.nodeKind());
        assertEquals(NodeKind.ABSTRACTION, NodeId.Kind.MODULE.nodeKind());
    }

    @Test
    void unsafeSitesFallsBackToTheSumWhenNoTotalWasWritten() {
        Node old = new Node("module:m", NodeKind.ABSTRACTION, "m", Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of("unsafeBlocks", 2, "unsafeFns", 3, "unsafeImpls", 1, "unsafeTraits", 7));
        Node current = new Node("module:m", NodeKind.ABSTRACTION, "m", Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of("unsafeTotal", 13, "unsafeBlocks", 2));
        assertEquals(6, old.unsafeSites());
        assertEquals(13, current.unsafeSites());
    }

    @Test
    void edgeKeyNamesEndsAndKindButNotWeight() {
        assertEquals(new Edge("a", "b", EdgeKind.USES, 1).key(), new Edge("a", "b", EdgeKind.USES, 9).key());
        assertTrue(!new Edge("a", "b", EdgeKind.USES, 1).key().equals(new Edge("b", "a", EdgeKind.USES, 1).key()));
        assertTrue(!new Edge("a", "b", EdgeKind.USES, 1).key().equals(new Edge("a", "b", EdgeKind.BINDS, 1).key()));
    }
}
