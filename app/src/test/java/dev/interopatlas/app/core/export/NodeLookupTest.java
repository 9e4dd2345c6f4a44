package dev.interopatlas.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.app.ui.testing.TinyGraph;
import dev.interopatlas.model.graph.Node;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeLookupTest {
    private final NodeLookup lookup = new NodeLookup(TinyGraph.graph());

    @Test
    void findsByIdLabelOrPath() {
        assertEquals(Optional.of("module:kernel::x"), lookup.find("module:kernel::x").map(Node::id));
        assertEquals(Optional.of("module:kernel::y"), lookup.find("kernel::y").map(Node::id));
        assertEquals(Optional.of("consumer:drivers/net/drv.rs"), lookup.find("drivers/net/drv.rs").map(Node::id));
        assertEquals(Optional.empty(), lookup.find("kernel::z"));
    }

    @Test
    void closeMatchesPutContainingNamesFirst() {
        List<String> close = lookup.closeMatches("kernel::", 2);
        assertEquals(List.of("module:kernel::x", "module:kernel::y"), close);
        assertEquals("module:kernel::x", lookup.closeMatches("kernel::xx", 1).get(0));
    }
}
