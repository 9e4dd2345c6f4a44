package dev.interopatlas.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.c.MemoryTree;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.FileMetrics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The consumer layer of the graph has one node per crate; the crate's files are in the index, not the graph. */
class ConsumerCrateGraphTest {
    private static KernelIndex index() throws Exception {
        MemoryTree tree = MemoryTree.of(
                "Makefile", "LINUXINCLUDE := -I$(srctree)/include\n",
                "arch/x86/include/asm/Kbuild", "",
                "include/linux/widget.h", "int widget_start(int id);\n",
                "rust/bindings/bindings_helper.h", "#include <linux/widget.h>\n",
                "rust/kernel/lib.rs", "pub mod sync;\n",
                "rust/kernel/sync.rs", "pub struct Arc;\n",
                "drivers/widget/Makefile", "obj-$(CONFIG_WIDGET) += widget.o\nwidget-y := widget_main.o widget_c.o\n",
                "drivers/widget/widget_main.rs", "//! Widget\nmod hw;\nuse kernel::prelude::*;\n",
                "drivers/widget/hw.rs", "use kernel::sync::Arc;\n\nfn start() {\n"
                        + "    // SAFETY: the id is valid.\n    unsafe { kernel::bindings::widget_start(1) };\n}\n",
                "drivers/widget/widget_c.c", "int x;\n");
        return new KernelIndexer(IndexOptions.defaults()).index(tree, new DirectFactsProvider(),
                ProgressMonitor.NONE);
    }

    @Test
    void aMultiFileDriverIsOneConsumerNodeWithTheFiguresAndEdgesOfAllItsFiles() throws Exception {
        KernelIndex index = index();
        List<Node> consumers = index.graph().nodes().stream().filter(n -> n.kind() == NodeKind.CONSUMER).toList();
        assertEquals(1, consumers.size());
        Node widget = consumers.get(0);
        assertEquals("consumer:widget_main", widget.id()); // rustc names the crate after its root file
        assertEquals("widget_main", widget.label());
        assertEquals(Optional.of("drivers/widget/widget_main.rs"), widget.path());
        assertEquals(Optional.of("driver"), widget.detail());
        // widget_main.rs 3 lines + hw.rs 6 lines; the one unsafe block is in hw.rs
        assertEquals(2, widget.metric("files"));
        assertEquals(9, widget.metric("lines"));
        assertEquals(1, widget.metric("unsafeBlocks"));
        assertEquals(1, widget.metric("unsafeBlocksDocumented"));
        // hw.rs, not the root, binds widget_start and uses kernel::sync: the edges start at the crate's node
        List<String> edges = index.graph().edges().stream().filter(e -> e.from().equals(widget.id()))
                .map(Edge::to).sorted().toList();
        assertEquals(List.of("module:kernel::sync", "symbol:widget_start"), edges);
        // per-file figures stay in the index, each file naming its crate
        assertEquals(List.of("widget_main", "widget_main"), index.files().stream()
                .filter(f -> f.path().startsWith("drivers/")).map(FileMetrics::crate).toList());
    }
}
