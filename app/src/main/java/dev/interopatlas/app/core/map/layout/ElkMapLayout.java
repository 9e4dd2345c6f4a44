package dev.interopatlas.app.core.map.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK Layered: columns kept in order by partitioning (one partition a column), crossing minimisation by layer sweep,
 * node placement, and routed edges read back with their bends. Components are not separated, so a box without
 * edges still stays in its column.
 */
public final class ElkMapLayout implements MapLayout {
    /** How edges are routed. */
    public enum Routing {
        ORTHOGONAL(EdgeRouting.ORTHOGONAL),
        POLYLINE(EdgeRouting.POLYLINE),
        SPLINES(EdgeRouting.SPLINES);

        private final EdgeRouting elk;

        Routing(EdgeRouting elk) {
            this.elk = elk;
        }
    }

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /** Views up to this many boxes are laid out the same on every run. */
    public static final int REPRODUCIBLE_UP_TO = 300;

    private final Routing routing;
    private final double rowGap;
    private final double columnGap;

    /**
     * @param rowGap    vertical space between two boxes of one column
     * @param columnGap horizontal space between columns, where the edges run
     */
    public ElkMapLayout(Routing routing, double rowGap, double columnGap) {
        this.routing = routing;
        this.rowGap = rowGap;
        this.columnGap = columnGap;
    }

    public static ElkMapLayout standard() {
        return new ElkMapLayout(Routing.POLYLINE, 8, 90);
    }

    /**
     * Lays out a made-up graph about the size of an overview a few times: ELK's first layouts in a JVM pay for
     * loading its classes and for running interpreted (seconds); the explorer calls this on a background thread
     * while the index loads, so the first real frame does not.
     */
    public static void warmUp() {
        List<LayoutNode> nodes = new ArrayList<>();
        List<LayoutEdge> edges = new ArrayList<>();
        int perColumn = 30;
        for (int column = 0; column < 4; column++) {
            for (int row = 0; row < perColumn; row++) {
                nodes.add(new LayoutNode(column + "/" + row, column, 80 + row, 24));
                if (column > 0) {
                    for (int k = 0; k < 3; k++) {
                        int target = (row * 7 + k * 11) % perColumn;
                        edges.add(new LayoutEdge(column + "/" + row + ">" + k, column + "/" + row,
                                (column - 1) + "/" + target));
                    }
                }
            }
        }
        LayoutGraph graph = new LayoutGraph(nodes, edges);
        for (int i = 0; i < 3; i++) {
            standard().layout(graph);
        }
    }

    @Override
    public Placement layout(LayoutGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, routing.elk);
        root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
        root.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, rowGap);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, columnGap);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, columnGap / 4);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(12));
        // Without the model order as tie-breaker ELK's result changed from run to run on the same input (identity
        // hashes); with it the same view always gets the same drawing, on screen and in the export. It costs
        // seconds on views of several hundred boxes, which then go without (see docs/decisions/0010).
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        if (graph.nodes().size() <= REPRODUCIBLE_UP_TO) {
            root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        }
        Map<String, ElkNode> nodes = new HashMap<>();
        Map<String, Integer> columns = new HashMap<>();
        for (LayoutNode node : graph.nodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(node.id());
            elk.setDimensions(node.width(), node.height());
            elk.setProperty(LayeredOptions.PARTITIONING_PARTITION, node.column());
            nodes.put(node.id(), elk);
            columns.put(node.id(), node.column());
        }
        Map<String, ElkEdge> edges = new HashMap<>();
        Set<String> reversed = new HashSet<>();
        for (LayoutEdge edge : graph.edges()) {
            boolean backwards = columns.get(edge.from()) > columns.get(edge.to());
            ElkNode from = nodes.get(backwards ? edge.to() : edge.from());
            ElkNode to = nodes.get(backwards ? edge.from() : edge.to());
            edges.put(edge.id(), ElkGraphUtil.createSimpleEdge(from, to));
            if (backwards) {
                reversed.add(edge.id());
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Box> boxes = new HashMap<>();
        nodes.forEach((id, n) -> boxes.put(id, new Box(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        Map<String, Route> routes = new HashMap<>();
        edges.forEach((id, e) -> {
            List<Point> points = points(e);
            if (reversed.contains(id)) {
                points = new ArrayList<>(points);
                Collections.reverse(points);
            }
            routes.put(id, new Route(id, points));
        });
        return new Placement(boxes, routes, root.getWidth(), root.getHeight());
    }

    private static List<Point> points(ElkEdge edge) {
        ElkEdgeSection section = edge.getSections().get(0);
        List<Point> points = new ArrayList<>();
        points.add(new Point(section.getStartX(), section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new Point(bend.getX(), bend.getY()));
        }
        points.add(new Point(section.getEndX(), section.getEndY()));
        return points;
    }
}
