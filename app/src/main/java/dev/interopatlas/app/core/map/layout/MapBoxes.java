package dev.interopatlas.app.core.map.layout;

import dev.interopatlas.app.core.map.MapEdge;
import dev.interopatlas.app.core.map.MapNode;
import dev.interopatlas.app.core.map.MapView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sizes the boxes of a view from their text: the (shortened) name, and for a group its member count after it. A
 * box holds its whole label, so boxes that do not overlap have labels that do not overlap.
 */
public final class MapBoxes {
    private final TextWidth text;
    private final double fontSize;

    public MapBoxes(TextWidth text, double fontSize) {
        this.text = text;
        this.fontSize = fontSize;
    }

    public double fontSize() {
        return fontSize;
    }

    public double padding() {
        return fontSize * 0.6;
    }

    public double height() {
        return fontSize * 2;
    }

    /** The name drawn in the box. */
    public static String label(MapNode node) {
        return ShortLabel.of(node.label());
    }

    /** What follows the name in a group's box: how many graph nodes it holds. */
    public static String badge(MapNode node) {
        return node.group() ? String.format(Locale.ROOT, "%,d", node.memberCount()) : "";
    }

    /** Where the badge starts, from the box's left edge. */
    public double badgeOffset(MapNode node) {
        return padding() + text.width(label(node), fontSize) + padding();
    }

    public double width(MapNode node) {
        double width = padding() + text.width(label(node), fontSize) + padding();
        if (node.group()) {
            width += text.width(badge(node), fontSize * 0.85) + padding();
        }
        return Math.ceil(width);
    }

    public static String edgeId(MapEdge edge) {
        return edge.from() + "\u2192" + edge.to();
    }

    public LayoutGraph layoutGraph(MapView view) {
        List<LayoutNode> nodes = new ArrayList<>();
        for (MapNode node : view.nodes()) {
            nodes.add(new LayoutNode(node.id(), node.layer().ordinal(), width(node), height()));
        }
        List<LayoutEdge> edges = new ArrayList<>();
        for (MapEdge edge : view.edges()) {
            edges.add(new LayoutEdge(edgeId(edge), edge.from(), edge.to()));
        }
        return new LayoutGraph(nodes, edges);
    }
}
