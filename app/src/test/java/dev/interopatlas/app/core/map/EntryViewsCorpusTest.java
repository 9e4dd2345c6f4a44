package dev.interopatlas.app.core.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The section and crate views on the real 7.3 tree. */
@Tag("corpus")
class EntryViewsCorpusTest {
    @Test
    void ethernetPhyLibraryOf73ReachesKernelNetPhyAndBothRustPhyDrivers() throws Exception {
        IndexedTrees.Indexed tree = IndexedTrees.corpus("7.3");
        InteropGraph phy = EntryViews.section(tree.index().graph(), tree.sections(), "ETHERNET PHY LIBRARY");
        Set<String> ids = ids(phy);
        // MAINTAINERS F: include/linux/phy.h; rust/kernel/net/phy.rs binds genphy_read_status (declared at
        // include/linux/phy.h:2288); drivers/net/phy/ax88796b_rust.rs and qt2025.rs use kernel::net::phy
        assertTrue(ids.containsAll(Set.of("header:include/linux/phy.h", "symbol:genphy_read_status",
                "module:kernel::net::phy", "consumer:ax88796b_rust", "consumer:qt2025")), ids.toString());
        AtlasMap map = AtlasMap.of(phy, GroupBy.DIRECTORY, tree.sections());
        MapView first = map.view(map.openedUpTo(60));
        System.out.println("ETHERNET PHY LIBRARY: " + phy.nodes().size() + " nodes, first view "
                + first.nodes().size() + " boxes");
        assertTrue(first.nodes().size() <= 60);
    }

    @Test
    void novaCorePathOf73IsOneCrateOnPciAndItsBindings() throws Exception {
        IndexedTrees.Indexed tree = IndexedTrees.corpus("7.3");
        InteropGraph nova = EntryViews.cratePath(tree.index().graph(), "nova_core").orElseThrow();
        // drivers/gpu/nova-core/driver.rs:7 uses kernel::pci
        assertTrue(ids(nova).contains("module:kernel::pci"), ids(nova).toString());
        assertEquals(Set.of("consumer:nova_core"), nova.nodes().stream().filter(n -> n.kind() == NodeKind.CONSUMER)
                .map(Node::id).collect(Collectors.toSet()));
        assertTrue(nova.nodes().stream().anyMatch(n -> n.kind() == NodeKind.C_HEADER));
        AtlasMap map = AtlasMap.of(nova, GroupBy.DIRECTORY, tree.sections());
        System.out.println("nova_core path: " + nova.nodes().size() + " nodes, overview "
                + map.overview().nodes().size() + " boxes");
    }

    private static Set<String> ids(InteropGraph graph) {
        return graph.nodes().stream().map(Node::id).collect(Collectors.toSet());
    }
}
