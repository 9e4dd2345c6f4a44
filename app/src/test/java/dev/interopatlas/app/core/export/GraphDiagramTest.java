package dev.interopatlas.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.export.DiagramScene.SceneNode;
import dev.interopatlas.app.core.layout.LayeredLayout;
import dev.interopatlas.app.ui.testing.TinyGraph;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.styles.Theme;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class GraphDiagramTest {
    static final String SCRIPT = "<script>alert(\"x\")</script>";
    static final String CDATA = "]]><evil attr='1'/>&amp;";
    static final String QUOTES = "O'Brien \"quoted\" & co";
    static final String UNICODE = "ünïcödé ✓ 😀 中文";
    static final String CONTROL = "ctrl\u0001\u0008\u001Fchars\uD800";

    @TempDir
    Path temp;

    /** Labels that would inject markup or break XML if written raw; a file name with the same in its path. */
    static InteropGraph hostileGraph() {
        return new InteropGraph(List.of(
                TinyGraph.node("header:include/<linux>/a&b\".h", NodeKind.C_HEADER, "include/<linux>/a&b\".h",
                        "include/<linux>/a&b\".h", Map.of()),
                TinyGraph.node("symbol:s", NodeKind.C_SYMBOL, SCRIPT, "include/x.h", Map.of()),
                TinyGraph.node("symbol:c", NodeKind.C_SYMBOL, CDATA, "include/x.h", Map.of()),
                TinyGraph.node("module:q", NodeKind.ABSTRACTION, QUOTES, "rust/kernel/q.rs", Map.of()),
                TinyGraph.node("module:u", NodeKind.ABSTRACTION, UNICODE, "rust/kernel/u.rs", Map.of()),
                TinyGraph.node("consumer:d", NodeKind.CONSUMER, CONTROL, "drivers/d.rs", Map.of())),
                List.of(TinyGraph.edge("header:include/<linux>/a&b\".h", "symbol:s", EdgeKind.DECLARES),
                        TinyGraph.edge("module:q", "symbol:s", EdgeKind.BINDS),
                        TinyGraph.edge("module:u", "symbol:c", EdgeKind.BINDS),
                        TinyGraph.edge("consumer:d", "module:q", EdgeKind.USES)));
    }

    private static DiagramScene scene(InteropGraph graph, Theme theme, String title, Optional<String> caption) {
        return SceneFactory.of(graph, LayeredLayout.compute(graph), theme, SceneFactory.Emphasis.NONE, title, caption,
                true);
    }

    @Test
    void hostileLabelsStayTextAndInjectNoMarkup() throws Exception {
        DiagramScene scene = scene(hostileGraph(), Theme.LIGHT, "Title " + SCRIPT, Optional.of("caption " + CDATA));
        String svg = new GraphDiagram(scene, PageSize.WIDE).toSvg();
        Document document = SvgChecks.parse(svg);

        assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength());
        assertEquals(0, document.getElementsByTagNameNS("*", "evil").getLength());
        List<String> texts = SvgChecks.texts(document);
        for (String label : List.of(SCRIPT, CDATA, QUOTES, UNICODE, "a&b\".h", "Title " + SCRIPT,
                "caption " + CDATA)) {
            assertTrue(texts.contains(label), label + " missing from " + texts);
        }
        assertTrue(texts.contains("ctrlchars"), "control characters and lone surrogates are dropped: " + texts);
        assertTrue(svg.chars().noneMatch(c -> c < 0x20 && c != '\n'), "no control character reaches the file");
    }

    @Test
    void hostileSvgRendersWithRsvg() throws Exception {
        Path svg = temp.resolve("hostile <&> 'name'.svg");
        String text = new GraphDiagram(scene(hostileGraph(), Theme.DARK, SCRIPT, Optional.of(QUOTES)),
                PageSize.STANDARD).toSvg();
        Files.writeString(svg, text, StandardCharsets.UTF_8);
        BufferedImage image = SvgChecks.rsvg(svg, temp.resolve("hostile.png"), 0, 0);
        assertEquals(PageSize.STANDARD.width(), image.getWidth());
        assertEquals(PageSize.STANDARD.height(), image.getHeight());
        assertTrue(SvgChecks.hasInk(image));
    }

    @Test
    void everyLabelOfTheTinyGraphIsTextAndThePngDecodes() throws Exception {
        InteropGraph graph = TinyGraph.graph();
        GraphDiagram diagram = new GraphDiagram(scene(graph, Theme.TALK, "Tiny", Optional.empty()),
                PageSize.FIT_CONTENT);
        List<String> texts = SvgChecks.texts(SvgChecks.parse(diagram.toSvg()));
        for (String label : List.of("a.h", "b.h", "c.h", "foo", "bar", "rust_helper_foo", "kernel::x", "kernel::y",
                "drv.rs")) {
            assertTrue(texts.contains(label), label + " missing from " + texts);
        }
        BufferedImage png = SvgChecks.png(diagram.toPng(1));
        assertEquals((int) Math.ceil(diagram.width()), png.getWidth());
        assertTrue(SvgChecks.hasInk(png));
    }

    @Test
    void spreadColumnsLeaveEveryLabelClearOfTheNextColumn() {
        InteropGraph graph = hostileGraph();
        DiagramScene spread = ColumnSpread.apply(scene(graph, Theme.TALK, "t", Optional.empty()));
        double size = spread.style().labelSize();
        for (SceneNode node : spread.nodes()) {
            double labelEnd = node.x() + TextMetrics.width(node.label(), size) / 2;
            for (SceneNode other : spread.nodes()) {
                if (other.x() > node.x() + 1) {
                    assertTrue(other.x() - TextMetrics.width(other.label(), size) / 2 > labelEnd,
                            node.label() + " runs into the label of " + other.label());
                }
            }
        }
    }

    @Test
    void slidePagesKeepEveryLabelOnThePage() {
        DiagramScene scene = ColumnSpread.apply(scene(hostileGraph(), Theme.TALK, "t", Optional.empty()));
        GraphDiagram diagram = new GraphDiagram(scene, PageSize.STANDARD);
        for (SceneNode node : scene.nodes()) {
            double half = TextMetrics.width(node.label(), scene.style().labelSize()) / 2;
            double right = diagram.pageX(node.x()) + half;
            assertTrue(right <= diagram.width(), node.label() + " ends at " + right);
            assertTrue(diagram.pageX(node.x()) - half >= 0, node.label() + " starts left of the page");
            assertTrue(diagram.labelBaseline(node, scene.style()) <= diagram.height(), node.label() + " below");
        }
        assertFalse(scene.nodes().isEmpty());
    }

    @Test
    void crowdedColumnsDrawOnlyLabelsThatDoNotOverlapAndKeepTheRestAsTooltips() throws Exception {
        // The sample's bindings layer at "fit" on a slide: four close sub-columns of long names.
        dev.interopatlas.app.core.release.LoadedAtlas atlas =
                dev.interopatlas.app.ui.testing.SampleAtlas.load("v6.12", temp);
        atlas.tree().ifPresent(dev.interopatlas.indexer.source.SourceTree::close);
        InteropGraph graph = atlas.index().graph();
        DiagramScene scene = scene(graph, Theme.LIGHT, "sample", Optional.empty());
        GraphDiagram diagram = new GraphDiagram(scene, PageSize.WIDE);
        java.util.Set<String> labelled = diagram.labelledNodes();
        assertTrue(labelled.size() > graph.nodes().size() / 3, labelled.size() + " of " + graph.nodes().size());
        assertTrue(labelled.size() < graph.nodes().size(), "the sample is crowded at this size: some must go");
        List<double[]> boxes = new java.util.ArrayList<>();
        for (SceneNode node : scene.nodes()) {
            if (labelled.contains(node.id())) {
                double w = TextMetrics.width(node.label(), scene.style().labelSize());
                double top = diagram.labelBaseline(node, scene.style()) - scene.style().labelSize() * 0.95;
                boxes.add(new double[] {diagram.pageX(node.x()) - w / 2, top, diagram.pageX(node.x()) + w / 2,
                        top + scene.style().labelSize() * 1.2});
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                assertFalse(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], "labels " + i + " and " + j
                        + " overlap");
            }
        }
        String svg = diagram.toSvg();
        Document document = SvgChecks.parse(svg);
        assertEquals(labelled.size(), countLabelTexts(document), "one <text> per drawn label");
        for (SceneNode node : scene.nodes()) { // every node still names itself in its tooltip
            assertTrue(svg.contains("<title>" + SvgText.escape(node.label()) + "</title>"), node.label());
        }
    }

    private static int countLabelTexts(Document document) {
        org.w3c.dom.NodeList groups = document.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            org.w3c.dom.Element group = (org.w3c.dom.Element) groups.item(i);
            if (group.getAttribute("id").equals("labels")) {
                return group.getElementsByTagName("text").getLength();
            }
        }
        return -1;
    }
}
