package dev.interopatlas.app.core.map.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.map.AtlasMap;
import dev.interopatlas.app.core.map.GroupBy;
import dev.interopatlas.app.core.map.MapEdge;
import dev.interopatlas.app.core.map.SectionLookup;
import dev.interopatlas.app.core.map.TinyKernelAccess;
import dev.interopatlas.app.core.map.layout.ElkMapLayout;
import dev.interopatlas.app.core.map.layout.LaidOutMap;
import dev.interopatlas.app.core.map.layout.MapBoxes;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.styles.Theme;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MapSvgTest {
    private static final String LONG = "a_consumer_crate_whose_name_is_<far>_&_too_long_for_a_box";

    @Test
    void everyBoxHasOneShapeAndOneLabelAndEveryEdgeOnePathThroughItsBends() throws Exception {
        AtlasMap map = AtlasMap.of(withLongConsumer(), GroupBy.DIRECTORY, SectionLookup.NONE);
        LaidOutMap laid = LaidOutMap.of(map.view(map.openedUpTo(100)), new MapBoxes((t, s) -> t.length() * s * 0.6,
                12), ElkMapLayout.standard());
        Document svg = parse(MapSvg.write(laid, Theme.LIGHT, Optional.of("Tiny"), Optional.of("caption")));

        int boxes = laid.view().nodes().size();
        assertEquals(boxes, childElements(group(svg, "nodes")).size());
        assertEquals(boxes, group(svg, "labels").getElementsByTagName("text").getLength());
        NodeList paths = group(svg, "edges").getElementsByTagName("path");
        assertEquals(laid.view().edges().size(), paths.getLength());
        for (int i = 0; i < paths.getLength(); i++) {
            String d = ((Element) paths.item(i)).getAttribute("d");
            long points = d.chars().filter(c -> c == 'M' || c == 'L').count();
            assertTrue(points >= 2, d);
        }
        int bends = laid.view().edges().stream().mapToInt(e -> laid.placement().routes().get(MapBoxes.edgeId(e))
                .points().size()).sum();
        assertEquals(bends, countCommands(paths));
    }

    @Test
    void aLongNameIsShortenedInTheLabelAndWholeInItsTitle() throws Exception {
        AtlasMap map = AtlasMap.of(withLongConsumer(), GroupBy.DIRECTORY, SectionLookup.NONE);
        LaidOutMap laid = LaidOutMap.of(map.overview(), new MapBoxes((t, s) -> t.length() * s * 0.6, 12),
                ElkMapLayout.standard());
        Document svg = parse(MapSvg.write(laid, Theme.DARK, Optional.empty(), Optional.empty()));
        NodeList labels = group(svg, "labels").getElementsByTagName("text");
        boolean found = false;
        for (int i = 0; i < labels.getLength(); i++) {
            Element label = (Element) labels.item(i);
            String title = label.getElementsByTagName("title").item(0).getTextContent();
            if (title.equals(LONG)) {
                found = true;
                String shown = label.getTextContent().substring(title.length());
                // 36 characters: the first 18, an ellipsis, the last 17
                assertEquals("a_consumer_crate_w\u2026oo_long_for_a_box", shown);
            }
        }
        assertTrue(found, "no label titled with the full name");
    }

    @Test
    void edgeWidthGrowsWithTheLogarithmOfItsCount() {
        assertEquals(1.0, MapSvg.strokeWidth(new MapEdge("a", "b", 1, 1, java.util.Set.of())));
        assertEquals(4.0, MapSvg.strokeWidth(new MapEdge("a", "b", 1000, 1000, java.util.Set.of())), 1e-9);
    }

    private static InteropGraph withLongConsumer() {
        InteropGraph tiny = TinyKernelAccess.map().graph();
        List<Node> nodes = new ArrayList<>(tiny.nodes());
        nodes.add(new Node("consumer:long", NodeKind.CONSUMER, LONG, Optional.of("drivers/long.rs"),
                Optional.empty(), Optional.of("driver"), Map.of()));
        List<Edge> edges = new ArrayList<>(tiny.edges());
        edges.add(new Edge("consumer:long", "module:kernel::net", EdgeKind.USES, 1));
        return new InteropGraph(nodes, edges);
    }

    private static int countCommands(NodeList paths) {
        int count = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            count += (int) ((Element) paths.item(i)).getAttribute("d").chars().filter(c -> c == 'M' || c == 'L')
                    .count();
        }
        return count;
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element group(Document svg, String id) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("id").equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no <g id=\"" + id + "\">");
    }

    private static List<Element> childElements(Element parent) {
        List<Element> children = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }
}
