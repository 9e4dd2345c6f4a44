package dev.interopatlas.app.core.export;

import dev.interopatlas.app.core.export.DiagramScene.SceneEdge;
import dev.interopatlas.app.core.export.DiagramScene.SceneNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Moves the columns of a layered scene apart so that no label runs into the next column. The layered layout
 * spaces columns evenly, which is fine on screen (labels appear on zoom) but makes a static picture unreadable.
 * Only x changes; each column keeps its order and rows. Not used where the export must equal the screen.
 */
public final class ColumnSpread {
    /** Free space between the longest labels of neighbouring columns, in page pixels. */
    private static final double GAP = 24;

    private ColumnSpread() {
    }

    public static DiagramScene apply(DiagramScene scene) {
        double labelSize = scene.style().labelSize();
        // half the widest label (labels are centred under their nodes) or the node, per column
        TreeMap<Long, Double> halfWidth = new TreeMap<>();
        for (SceneNode node : scene.nodes()) {
            double label = node.showLabel() ? TextMetrics.width(node.label(), labelSize) / 2 : 0;
            halfWidth.merge(Math.round(node.x()), Math.max(node.radius(), label), Math::max);
        }
        Map<Long, Double> moved = new TreeMap<>();
        Double previousOld = null;
        double previousNew = 0;
        double previousHalf = 0;
        for (Map.Entry<Long, Double> column : halfWidth.entrySet()) {
            double old = column.getKey();
            double x = previousOld == null ? old
                    : previousNew + Math.max(old - previousOld, previousHalf + column.getValue() + GAP);
            moved.put(column.getKey(), x);
            previousOld = old;
            previousNew = x;
            previousHalf = column.getValue();
        }
        List<SceneNode> nodes = new ArrayList<>(scene.nodes().size());
        for (SceneNode n : scene.nodes()) {
            nodes.add(new SceneNode(n.id(), n.label(), moved.get(Math.round(n.x())), n.y(), n.radius(), n.fill(),
                    n.stroke(), n.faded(), n.showLabel()));
        }
        List<SceneEdge> edges = new ArrayList<>(scene.edges().size());
        for (SceneEdge e : scene.edges()) {
            edges.add(new SceneEdge(moved.getOrDefault(Math.round(e.x1()), e.x1()), e.y1(),
                    moved.getOrDefault(Math.round(e.x2()), e.x2()), e.y2(), e.color(), e.width(), e.faded()));
        }
        return new DiagramScene(scene.title(), scene.caption(), nodes, edges, scene.legend(), scene.style());
    }
}
