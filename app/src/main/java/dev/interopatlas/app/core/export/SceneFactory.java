package dev.interopatlas.app.core.export;

import dev.interopatlas.app.core.appearance.NodeAppearance;
import dev.interopatlas.app.core.export.DiagramScene.LegendEntry;
import dev.interopatlas.app.core.export.DiagramScene.SceneEdge;
import dev.interopatlas.app.core.export.DiagramScene.SceneNode;
import dev.interopatlas.app.core.export.DiagramScene.SceneStyle;
import dev.interopatlas.app.core.layout.NodePosition;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.styles.Palette;
import dev.interopatlas.styles.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link DiagramScene} from a graph, its layout positions and a theme, with the same node sizes,
 * labels and colours as the screen ({@link NodeAppearance}, {@link Theme}).
 */
public final class SceneFactory {
    /** Page pixels per layout unit (one row of the layered layout). */
    public static final double PIXELS_PER_UNIT = 24;

    private SceneFactory() {
    }

    /** What is emphasised or faded in the view being exported. */
    public record Emphasis(Set<String> faded, Map<String, String> strokeOverride) {
        public static final Emphasis NONE = new Emphasis(Set.of(), Map.of());
    }

    /**
     * @param positions layout positions in graph units with y up (GraphStream's convention)
     */
    public static DiagramScene of(InteropGraph graph, Map<String, NodePosition> positions, Theme theme,
                                  Emphasis emphasis, String title, Optional<String> caption, boolean showLabels) {
        return of(graph, positions, theme, emphasis, title, caption, id -> showLabels);
    }

    /**
     * @param positions layout positions in graph units with y up (GraphStream's convention)
     * @param labelled  which nodes' labels to show (the diagram still leaves out any that would overlap)
     */
    public static DiagramScene of(InteropGraph graph, Map<String, NodePosition> positions, Theme theme,
                                  Emphasis emphasis, String title, Optional<String> caption,
                                  java.util.function.Predicate<String> labelled) {
        Palette palette = theme.palette();
        double unit = PIXELS_PER_UNIT * Math.sqrt(theme.graphScale());
        Map<String, Integer> inDegree = new HashMap<>();
        graph.edges().forEach(e -> inDegree.merge(e.to(), 1, Integer::sum));
        Map<String, double[]> at = new HashMap<>();
        List<SceneNode> nodes = new ArrayList<>();
        for (Node node : graph.nodes()) {
            NodePosition p = positions.get(node.id());
            if (p == null) {
                continue;
            }
            double x = p.x() * unit;
            double y = p.y() * unit;
            at.put(node.id(), new double[] {x, y});
            nodes.add(new SceneNode(node.id(), NodeAppearance.shortLabel(node), x, y,
                    NodeAppearance.diameter(inDegree.getOrDefault(node.id(), 0), theme) / 2,
                    palette.layer(node.layer().ordinal()),
                    emphasis.strokeOverride().getOrDefault(node.id(), palette.border()),
                    emphasis.faded().contains(node.id()), labelled.test(node.id())));
        }
        List<SceneEdge> edges = new ArrayList<>();
        for (Edge edge : graph.edges()) {
            double[] from = at.get(edge.from());
            double[] to = at.get(edge.to());
            if (from != null && to != null) {
                edges.add(new SceneEdge(from[0], from[1], to[0], to[1], palette.edge(), 1,
                        emphasis.faded().contains(edge.from()) || emphasis.faded().contains(edge.to())));
            }
        }
        List<LegendEntry> legend = Arrays.stream(Layer.values())
                .map(l -> new LegendEntry(l.title(), palette.layer(l.ordinal()))).toList();
        SceneStyle style = new SceneStyle(palette.background(), palette.text(), palette.textMuted(),
                "DejaVu Sans, Helvetica, Arial, sans-serif", theme.fontSize(), theme.fontSize() * 1.8);
        return new DiagramScene(title, caption, nodes, edges, legend, style);
    }
}
