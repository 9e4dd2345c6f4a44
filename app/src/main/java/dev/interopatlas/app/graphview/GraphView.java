package dev.interopatlas.app.graphview;

import dev.interopatlas.app.core.appearance.NodeAppearance;
import dev.interopatlas.app.core.appearance.NodeStyles;
import dev.interopatlas.app.core.diff.DiffMarks;
import dev.interopatlas.app.core.layout.LabelPlacement;
import dev.interopatlas.app.core.layout.NodePosition;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.styles.GraphStylesheet;
import dev.interopatlas.styles.Theme;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.camera.Camera;
import org.graphstream.ui.view.util.InteractiveElement;

/**
 * The interop graph drawn by GraphStream's FxViewer inside JavaFX. The only threading model: the GraphStream
 * graph lives in the FX thread ({@code GRAPH_IN_GUI_THREAD}) and every method here must be called on it.
 * Mouse: click selects, drag pans, wheel zooms. Labels are hidden while zoomed out on large graphs.
 */
public final class GraphView {
    /** Above this many nodes ordinary edges lose their arrow heads and nodes their outlines (frame rate). */
    public static final int DETAIL_NODE_LIMIT = 2000;
    private static final double ZOOM_STEP = 0.8;
    /** Labels show when at most this many rows of the layout fit in the view. */
    private static final double LABEL_ROWS = 45;
    private static final double DRAG_THRESHOLD = 4;

    static {
        System.setProperty("org.graphstream.ui", "javafx");
    }

    private final Graph graph = new MultiGraph("atlas", false, true, 4096, 8192);
    private final FxViewer viewer;
    private final FxViewPanel panel;
    private final StackPane host;
    private final Map<String, NodePosition> positions = new HashMap<>();
    private final Map<String, String> nodeClass = new HashMap<>();
    private final Map<String, String> edgeClass = new HashMap<>();
    private final Map<String, String[]> edgeEnds = new HashMap<>();
    private final Map<String, Integer> layerOf = new HashMap<>();
    private final Map<String, Double> heatShown = new HashMap<>();
    private final Map<String, Integer> degrees = new HashMap<>();
    private final Map<String, String> labelText = new HashMap<>();
    /** Nodes whose label is not drawn at the current zoom because it would overlap another. */
    private final Set<String> labelsLeftOut = new HashSet<>();
    private final Map<String, Double> labelWidthAt100 = new HashMap<>();
    private final PauseTransition labelPlacementSoon = new PauseTransition(Duration.millis(60));
    private int labelPlacementRetries;
    private Consumer<String> onNodeClicked = id -> { };
    private NodeStyles styles = NodeStyles.NONE;
    private Theme theme;
    private boolean labelsShown;
    private String contextRules = "";
    private double layoutHeight = 1;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    public GraphView(Theme theme) {
        this.theme = theme;
        graph.setAttribute("ui.stylesheet", theme.graphStylesheet());
        viewer = new FxViewer(graph, Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        viewer.disableAutoLayout();
        panel = (FxViewPanel) viewer.addDefaultView(false);
        NoMouseManager none = new NoMouseManager();
        panel.setMouseManager(none);
        panel.setShortcutManager(none);
        panel.setId("graphView");
        host = new StackPane(panel);
        host.getStyleClass().add("graph-host");
        host.setMinSize(200, 200);
        installMouse();
        // The scale changes with the window's size at "fit", and is known only once the view has been drawn.
        labelPlacementSoon.setOnFinished(e -> placeLabels());
        host.widthProperty().addListener((o, was, now) -> labelPlacementSoon.playFromStart());
        host.heightProperty().addListener((o, was, now) -> labelPlacementSoon.playFromStart());
    }

    /** The JavaFX node to put in a scene. */
    public Region node() {
        return host;
    }

    public void setOnNodeClicked(Consumer<String> handler) {
        onNodeClicked = handler;
    }

    /**
     * Shows exactly the nodes and edges of {@code visible}, placed at {@code layout}; adds and removes the
     * difference only, so filtering a large graph stays cheap. Node size grows with {@code inDegree}.
     */
    public void show(InteropGraph visible, Map<String, NodePosition> layout, ToIntFunction<String> inDegree) {
        checkThread();
        Set<String> wanted = new HashSet<>(visible.nodes().size() * 2);
        visible.nodes().forEach(n -> wanted.add(n.id()));
        for (String id : Set.copyOf(positions.keySet())) {
            if (!wanted.contains(id)) {
                graph.removeNode(id);
                positions.remove(id);
                labelText.remove(id);
                labelsLeftOut.remove(id);
                nodeClass.remove(id);
                layerOf.remove(id);
                degrees.remove(id);
            }
        }
        edgeEnds.keySet().removeIf(id -> graph.getEdge(id) == null);
        edgeClass.keySet().retainAll(edgeEnds.keySet());
        for (Node node : visible.nodes()) {
            NodePosition p = layout.getOrDefault(node.id(), new NodePosition(0, 0));
            org.graphstream.graph.Node gs = graph.getNode(node.id());
            if (gs == null) {
                gs = graph.addNode(node.id());
                String label = NodeAppearance.shortLabel(node);
                gs.setAttribute("ui.label", label);
                labelText.put(node.id(), label);
                layerOf.put(node.id(), node.layer().ordinal());
            }
            if (!p.equals(positions.get(node.id()))) {
                gs.setAttribute("xyz", p.x(), -p.y(), 0.0); // GraphStream's y grows upwards
                positions.put(node.id(), p);
            }
            int degree = inDegree.applyAsInt(node.id());
            if (!Integer.valueOf(degree).equals(degrees.put(node.id(), degree))) {
                gs.setAttribute("ui.size", sizeAttribute(degree));
            }
        }
        Set<String> wantedEdges = new HashSet<>(visible.edges().size() * 2);
        for (Edge e : visible.edges()) {
            String id = edgeId(e);
            wantedEdges.add(id);
            if (graph.getEdge(id) == null && graph.getNode(e.from()) != null && graph.getNode(e.to()) != null) {
                graph.addEdge(id, e.from(), e.to(), true);
                edgeEnds.put(id, new String[] {e.from(), e.to()});
            }
        }
        for (String id : Set.copyOf(edgeEnds.keySet())) {
            if (!wantedEdges.contains(id)) {
                graph.removeEdge(id);
                edgeEnds.remove(id);
                edgeClass.remove(id);
            }
        }
        layoutHeight = 1 + positions.values().stream().mapToDouble(NodePosition::y).max().orElse(0)
                - positions.values().stream().mapToDouble(NodePosition::y).min().orElse(0);
        applyStyles(styles);
    }

    /**
     * Applies selection, focus, blast radius, fading and heat. Fading is one stylesheet change for all ordinary
     * nodes; only emphasised elements (and those that stop being so) get a new class, so focusing on a
     * 10,000-node graph touches tens of elements, not all of them.
     */
    public void applyStyles(NodeStyles next) {
        checkThread();
        styles = next;
        for (String id : positions.keySet()) {
            Optional<Double> heat = next.heat().map(h -> h.getOrDefault(id, 0.0));
            StringBuilder cls = new StringBuilder();
            boolean lit = next.emphasised(id);
            if (heat.isPresent()) {
                cls.append(lit ? "heatlit" : "heat");
            } else if (!lit && next.diff().addedNodes().contains(id)) {
                cls.append("added");
            } else if (!lit && next.diff().removedNodes().contains(id)) {
                cls.append("removed");
            } else {
                cls.append(lit ? "lit" : "layer").append(layerOf.get(id));
            }
            if (next.blast().contains(id)) {
                cls.append(", blast");
            }
            if (next.focus().contains(id)) {
                cls.append(", focus");
            }
            if (next.selected().map(id::equals).orElse(false)) {
                cls.append(", selected");
            }
            org.graphstream.graph.Node node = graph.getNode(id);
            setClass(node, nodeClass, id, cls.toString());
            if (heat.isPresent() && !heat.get().equals(heatShown.get(id))) {
                // GraphStream's renderer casts ui.color to Float: a Double throws on every frame.
                node.setAttribute("ui.color", heat.get().floatValue());
                heatShown.put(id, heat.get());
            }
        }
        if (next.heat().isEmpty()) {
            heatShown.clear();
        }
        for (Map.Entry<String, String[]> e : edgeEnds.entrySet()) {
            String from = e.getValue()[0];
            String to = e.getValue()[1];
            String cls = "";
            if (next.blast().contains(from) && (next.blast().contains(to) || next.selected().map(to::equals).orElse(false))) {
                cls = "blast";
            } else if (next.focus().contains(from) && next.focus().contains(to)) {
                cls = "focus";
            } else if (next.diff().addedEdges().contains(e.getKey())) {
                cls = "added";
            } else if (next.diff().removedEdges().contains(e.getKey())) {
                cls = "removed";
            }
            setClass(graph.getEdge(e.getKey()), edgeClass, e.getKey(), cls);
        }
        updateContextRules();
    }

    private static void setClass(org.graphstream.graph.Element element, Map<String, String> cache, String id, String cls) {
        if (!cls.equals(cache.get(id))) {
            if (cls.isEmpty()) {
                element.removeAttribute("ui.class");
            } else {
                element.setAttribute("ui.class", cls);
            }
            cache.put(id, cls);
        }
    }

    public void setTheme(Theme next) {
        checkThread();
        theme = next;
        // Every theme sets the same properties, so loading the new sheet overrides all of the old one.
        graph.setAttribute("ui.stylesheet", next.graphStylesheet());
        degrees.forEach((id, degree) -> graph.getNode(id).setAttribute("ui.size", sizeAttribute(degree)));
        contextRules = "";
        updateContextRules();
    }

    public Theme theme() {
        return theme;
    }

    public void zoomIn() {
        zoomBy(ZOOM_STEP);
    }

    public void zoomOut() {
        zoomBy(1 / ZOOM_STEP);
    }

    /** Shows the whole graph. */
    public void fit() {
        checkThread();
        camera().resetView();
        updateLabels();
    }

    /** Centres the view on a node and zooms in enough to read its label. */
    public void centreOn(String id) {
        checkThread();
        NodePosition p = positions.get(id);
        if (p == null) {
            return;
        }
        camera().setViewCenter(p.x(), -p.y(), 0);
        if (positions.size() > LabelPlacement.LABEL_NODE_LIMIT) {
            camera().setViewPercent(Math.min(zoom(), Math.max(0.02, 25.0 / Math.sqrt(positions.size()) / 4)));
        }
        updateLabels();
    }

    /** The fraction of the graph in view: 1 shows everything, smaller is zoomed in. */
    public double zoom() {
        return camera().getViewPercent();
    }

    /** Current drawn positions of the shown nodes (for the SVG export). */
    public Map<String, NodePosition> positions() {
        return Map.copyOf(new LinkedHashMap<>(positions));
    }

    public int nodeCount() {
        return graph.getNodeCount();
    }

    public int edgeCount() {
        return graph.getEdgeCount();
    }

    /** The GraphStream class list of a shown node, for tests and diagnostics. */
    public Optional<String> classOf(String id) {
        return Optional.ofNullable(nodeClass.get(id));
    }

    public boolean labelsShown() {
        return labelsShown;
    }

    /** The node under a point of the view, in view pixels. */
    public Optional<String> nodeAt(double x, double y) {
        GraphicElement element = panel.findGraphicElementAt(EnumSet.of(InteractiveElement.NODE), x, y);
        return Optional.ofNullable(element).map(GraphicElement::getId);
    }

    /** A node's position in view pixels (for tests that click on it). */
    public Optional<javafx.geometry.Point2D> screenPositionOf(String id) {
        NodePosition p = positions.get(id);
        if (p == null) {
            return Optional.empty();
        }
        Point3 px = camera().transformGuToPx(p.x(), -p.y(), 0);
        return Optional.of(panel.localToScreen(px.x, px.y));
    }

    public void close() {
        viewer.close();
    }

    private void zoomBy(double factor) {
        checkThread();
        camera().setViewPercent(Math.max(0.005, Math.min(2.0, zoom() * factor)));
        updateLabels();
    }

    private void updateLabels() {
        updateContextRules();
    }

    /** Re-sends the ordinary-class rules when fading or label visibility changed. */
    private void updateContextRules() {
        boolean show = positions.size() <= LabelPlacement.LABEL_NODE_LIMIT || zoom() * layoutHeight < LABEL_ROWS;
        labelsShown = show;
        String rules = GraphStylesheet.contextRules(theme, styles.context(), show, !styles.diff().equals(DiffMarks.NONE))
                + GraphStylesheet.detailRules(positions.size() <= DETAIL_NODE_LIMIT);
        boolean detailed = positions.size() <= DETAIL_NODE_LIMIT;
        if (detailed != graph.hasAttribute("ui.antialias")) {
            if (detailed) {
                graph.setAttribute("ui.quality");
                graph.setAttribute("ui.antialias");
            } else {
                graph.removeAttribute("ui.quality");
                graph.removeAttribute("ui.antialias");
            }
        }
        if (!rules.equals(contextRules)) {
            graph.setAttribute("ui.stylesheet", rules);
            contextRules = rules;
        }
        placeLabels();
        labelPlacementSoon.playFromStart(); // again once drawn: a zoom changes the scale only at the next frame
    }

    /**
     * Leaves out the labels that would overlap another at the current scale ({@link LabelPlacement}): emphasised
     * nodes first, then busier ones. Panning does not change overlaps, so only zoom, resize and content do.
     */
    private void placeLabels() {
        if (!labelsShown || camera() == null) { // no camera while hidden behind the map and never drawn
            return;
        }
        double ratio = camera().getMetrics().ratioPx2Gu; // pixels per graph unit, set when the view is drawn
        if (!(ratio > 0) || !Double.isFinite(ratio)) {
            if (labelPlacementRetries++ < 50) { // not drawn yet: try again shortly, for a few seconds at most
                labelPlacementSoon.playFromStart();
            }
            return;
        }
        labelPlacementRetries = 0;
        double textSize = 11 * theme.graphScale();
        List<LabelPlacement.Candidate> candidates = new ArrayList<>(positions.size());
        for (Map.Entry<String, NodePosition> entry : positions.entrySet()) {
            String id = entry.getKey();
            String label = labelText.getOrDefault(id, "");
            double radius = sizeAttribute(degrees.getOrDefault(id, 0)) / 2;
            double width = labelWidthAt100.computeIfAbsent(label, GraphView::widthAt100) * textSize / 100;
            candidates.add(new LabelPlacement.Candidate(id, entry.getValue().x() * ratio,
                    entry.getValue().y() * ratio + radius, width, textSize * 1.2,
                    (styles.emphasised(id) ? 1_000_000 : 0) + degrees.getOrDefault(id, 0)));
        }
        Set<String> drawn = LabelPlacement.place(candidates);
        for (String id : positions.keySet()) {
            boolean leaveOut = !drawn.contains(id);
            if (leaveOut != labelsLeftOut.contains(id)) {
                org.graphstream.graph.Node gs = graph.getNode(id);
                if (leaveOut) {
                    gs.setAttribute("ui.label", "");
                    labelsLeftOut.add(id);
                } else {
                    gs.setAttribute("ui.label", labelText.getOrDefault(id, ""));
                    labelsLeftOut.remove(id);
                }
            }
        }
    }

    private static double widthAt100(String label) {
        Text text = new Text(label);
        text.setFont(Font.font(100));
        return text.getLayoutBounds().getWidth();
    }

    /** The nodes whose labels are drawn now. */
    public Set<String> drawnLabels() {
        Set<String> drawn = new HashSet<>();
        positions.keySet().stream().filter(this::labelDrawn).forEach(drawn::add);
        return drawn;
    }

    /** Whether a node's label is drawn (false when labels are hidden or it would overlap another). */
    public boolean labelDrawn(String id) {
        return labelsShown && positions.containsKey(id) && !labelsLeftOut.contains(id);
    }

    private Camera camera() {
        return panel.getCamera();
    }

    private void installMouse() {
        panel.setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
            lastX = pressX;
            lastY = pressY;
            dragging = false;
            panel.requestFocus();
        });
        panel.setOnMouseDragged(e -> {
            if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
                return;
            }
            dragging = true;
            double ratio = camera().getMetrics().ratioPx2Gu;
            if (ratio > 0) {
                Point3 c = camera().getViewCenter();
                camera().setViewCenter(c.x - (e.getX() - lastX) / ratio, c.y + (e.getY() - lastY) / ratio, 0);
            }
            lastX = e.getX();
            lastY = e.getY();
        });
        panel.setOnMouseReleased(e -> {
            if (!dragging) {
                nodeAt(e.getX(), e.getY()).ifPresent(onNodeClicked);
            }
            dragging = false;
        });
        panel.setOnScroll(e -> {
            if (e.getDeltaY() > 0) {
                zoomIn();
            } else if (e.getDeltaY() < 0) {
                zoomOut();
            }
        });
    }

    private static String edgeId(Edge e) {
        return e.key();
    }

    private double sizeAttribute(int inDegree) {
        return NodeAppearance.diameter(inDegree, theme);
    }

    private static void checkThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the graph view is touched only on the JavaFX thread");
        }
    }
}
