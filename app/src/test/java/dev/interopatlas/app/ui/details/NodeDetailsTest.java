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
}
