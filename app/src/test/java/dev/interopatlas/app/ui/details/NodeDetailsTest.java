package dev.interopatlas.app.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.app.core.query.GraphIndex;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.ui.testing.SampleAtlas;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeDetailsTest {
    @TempDir
    Path temp;

    @Test
    void consumersOfTheSampleAreItsCratesAndListTheirFiles() throws Exception {
        LoadedAtlas atlas = SampleAtlas.load("v6.12", temp);
        try {
            GraphIndex graph = new GraphIndex(atlas.index().graph());
            // the four crates of v6.12 whose files say kernel:: (drivers/block/Makefile, drivers/net/phy/Makefile,
            // samples/rust/Makefile); scripts/generate_rust_target.rs does not use the kernel crate
            List<String> consumers = graph.nodes().stream().filter(n -> n.kind() == NodeKind.CONSUMER)
                    .map(Node::id).sorted().toList();
            assertEquals(List.of("consumer:ax_mini_rust", "consumer:rnull_mini", "consumer:rust_minimal",
                    "consumer:rust_print"), consumers);
            Node print = graph.node("consumer:rust_print").orElseThrow();
            assertEquals(Optional.of("samples/rust/rust_print.rs"), print.path());
            // rust_print.rs: 34 lines, one `unsafe` (line 27), no bindings::
            assertEquals(List.of(new NodeDetails.CrateFile("samples/rust/rust_print.rs", 34, 1, 0)),
                    NodeDetails.of(graph, print, Optional.of(atlas.index())).files());
            Node module = graph.node("module:kernel::sync").orElseThrow();
            assertEquals(List.of(), NodeDetails.of(graph, module, Optional.of(atlas.index())).files());
        } finally {
            atlas.tree().ifPresent(t -> t.close());
        }
    }

    /** A name from the tree keeps its bidi controls visible in the details pane, as in the SVG and the map. */
    @Test
    void theLocationAndTheLinksShowABidiOverrideAsAnEscape() {
        Node file = new Node("header:include/rtl\u202Egnp.h", NodeKind.C_HEADER, "include/rtl\u202Egnp.h",
                Optional.of("include/rtl\u202Egnp.h"), Optional.of(3), Optional.empty(), java.util.Map.of());
        Node symbol = new Node("symbol:x\u2067y", NodeKind.C_SYMBOL, "x\u2067y", Optional.empty(), Optional.empty(),
                Optional.empty(), java.util.Map.of());
        GraphIndex graph = new GraphIndex(new dev.interopatlas.model.graph.InteropGraph(List.of(file, symbol),
                List.of(new dev.interopatlas.model.graph.Edge(file.id(), symbol.id(),
                        dev.interopatlas.model.graph.EdgeKind.DECLARES, 1))));
        NodeDetails details = NodeDetails.of(graph, file);
        assertEquals("include/rtl\\u202Egnp.h:3", details.location());
        assertEquals(List.of("x\\u2067y"), details.outgoing().stream().map(NodeDetails.Link::label).toList());
        assertEquals("include/rtl\\u202Egnp.h  \u00b7 3 lines",
                new NodeDetails.CrateFile("include/rtl\u202Egnp.h", 3, 0, 0).toString());
    }
}
