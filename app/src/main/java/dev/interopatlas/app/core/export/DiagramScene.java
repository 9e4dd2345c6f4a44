package dev.interopatlas.app.core.export;

import java.util.List;
import java.util.Optional;

/**
 * What a graph view shows, independent of any toolkit: the visible nodes at their layout positions with their
 * colours and labels, the visible edges, and the legend. The UI builds it from the screen, the CLI from the
 * index and the same layout, and {@link GraphDiagram} writes it; so the file matches the screen.
 *
 * @param caption e.g. tree, release and date; empty for none
 */
public record DiagramScene(String title, Optional<String> caption, List<SceneNode> nodes, List<SceneEdge> edges,
                           List<LegendEntry> legend, SceneStyle style) {
    public DiagramScene {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        legend = List.copyOf(legend);
    }

    /**
     * A node in layout coordinates (y grows downwards, as on screen).
     *
     * @param radius in page pixels (node sizes do not scale with the page, as on screen)
     * @param faded  drawn faint (outside a focus)
     * @param showLabel whether the view shows this node's label
     */
    public record SceneNode(String id, String label, double x, double y, double radius, String fill, String stroke,
                            boolean faded, boolean showLabel) {
    }

    public record SceneEdge(double x1, double y1, double x2, double y2, String color, double width, boolean faded) {
    }

    public record LegendEntry(String label, String color) {
    }

    /** Theme colours ({@code #rrggbb}) and type sizes for the page itself. */
    public record SceneStyle(String background, String text, String mutedText, String fontFamily,
                             double labelSize, double titleSize) {
    }
}
