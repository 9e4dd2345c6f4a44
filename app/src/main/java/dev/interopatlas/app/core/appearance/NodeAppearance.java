package dev.interopatlas.app.core.appearance;

import dev.interopatlas.model.graph.BidiControls;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.styles.Theme;

/**
 * How a node looks, as pure functions shared by the screen (the graph view) and the SVG export, so an
 * exported diagram has the same sizes and labels as the view it came from.
 */
public final class NodeAppearance {
    private NodeAppearance() {
    }

    /**
     * Diameter in pixels: 5 for a leaf, up to 14 for a hub, bigger in the talk theme. Pixels, not graph units,
     * so that a zoomed-out 10,000-node graph still shows its nodes.
     */
    public static double diameter(int inDegree, Theme theme) {
        double size = Math.min(14, 5 + 1.6 * Math.log(1 + inDegree) / Math.log(2));
        return Math.round(size * Math.sqrt(theme.graphScale()) * 10) / 10.0;
    }

    /** Files are labelled by name in the graph (the details pane shows the path), keeping columns narrow. */
    public static String shortLabel(Node node) {
        boolean file = node.typedId().map(id -> id.kind().pathLabelled()).orElse(false);
        int slash = node.label().lastIndexOf('/');
        return BidiControls.escape(file && slash >= 0 && slash < node.label().length() - 1
                ? node.label().substring(slash + 1) : node.label());
    }
}
