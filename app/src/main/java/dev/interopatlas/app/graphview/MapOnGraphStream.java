package dev.interopatlas.app.graphview;

import dev.interopatlas.app.core.map.MapEdge;
import dev.interopatlas.app.core.map.MapNode;
import dev.interopatlas.app.core.map.layout.Box;
import dev.interopatlas.app.core.map.layout.LaidOutMap;
import dev.interopatlas.app.core.map.layout.MapBoxes;
import dev.interopatlas.app.core.map.layout.Point;
import java.util.List;
import java.util.Locale;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.stream.ProxyPipe;
import org.graphstream.stream.Source;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.Viewer;

/**
 * A laid-out map drawn by GraphStream's JavaFX viewer, for the renderer benchmark ({@code bench.MapFps}) only: the
 * map's boxes as rounded boxes sized in graph units at their ELK centres, labelled, and its routes as {@code ui.points}
 * polylines. The viewer repaints from a timer; its period is set here and the repaints are counted.
 */
public final class MapOnGraphStream {
    private final CountingViewer viewer;
    private final FxViewPanel panel;

    /** @param timerMillis the viewer's repaint period (GraphStream ships 40 ms) */
    public MapOnGraphStream(LaidOutMap map, int timerMillis) {
        Graph graph = new MultiGraph("map");
        graph.setAttribute("ui.stylesheet", "graph { fill-color: #f6f8fa; padding: 20px; }"
                + " node { shape: rounded-box; fill-color: #ffffff; stroke-mode: plain; stroke-color: #0969da;"
                + " stroke-width: 2px; text-size: 13; text-alignment: center; text-font: 'DejaVu Sans'; }"
                + " edge { shape: polyline; fill-color: #8c959f; }");
        for (MapNode n : map.view().nodes()) {
            Box b = map.placement().boxes().get(n.id());
            Node node = graph.addNode(n.id());
            node.setAttribute("xyz", b.centerX(), -b.centerY(), 0);
            node.setAttribute("ui.label", MapBoxes.label(n) + (n.group() ? "  " + MapBoxes.badge(n) : ""));
            node.setAttribute("ui.style", String.format(Locale.ROOT, "size: %.1fgu, %.1fgu;", b.width(), b.height()));
        }
        for (MapEdge e : map.view().edges()) {
            Edge edge = graph.addEdge(MapBoxes.edgeId(e), e.from(), e.to(), true);
            List<Point> points = map.placement().routes().get(MapBoxes.edgeId(e)).points();
            edge.setAttribute("ui.points", (Object) points.stream().map(p -> new Point3(p.x(), -p.y(), 0))
                    .toArray(Point3[]::new));
            edge.setAttribute("ui.style", String.format(Locale.ROOT, "size: %.1fpx;", 1 + Math.log10(e.edges())));
        }
        viewer = new CountingViewer(graph, timerMillis);
        viewer.disableAutoLayout();
        panel = (FxViewPanel) viewer.addDefaultView(false);
    }

    public Region node() {
        return new StackPane(panel);
    }

    /** Centres the view on a point of the map (y down, as the map's coordinates). */
    public void centreOn(double x, double y) {
        panel.getCamera().setViewCenter(x, -y, 0);
    }

    /** The fraction of the map in view (1 the whole map). */
    public void setViewPercent(double percent) {
        panel.getCamera().setViewPercent(percent);
    }

    /** Repaints the viewer has done. */
    public long repaints() {
        return viewer.repaints;
    }

    public void close() {
        viewer.close();
    }

    /** GraphStream's JavaFX viewer with its repaint timer set, counting the repaints it does. */
    private static final class CountingViewer extends FxViewer {
        /** The super constructor starts the timer before this class's fields are set: the period goes aside. */
        private static int nextDelay = 40;
        private long repaints;

        CountingViewer(Graph graph, int timer) {
            super(withDelay(graph, timer), Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        }

        private static Graph withDelay(Graph graph, int timer) {
            nextDelay = timer;
            return graph;
        }

        @Override
        public void init(GraphicGraph graph, ProxyPipe ppipe, Source source) {
            delay = nextDelay;
            super.init(graph, ppipe, source);
        }

        @Override
        public void actionPerformed() {
            boolean changed = graph != null && graph.graphChangedFlag();
            super.actionPerformed();
            if (changed) {
                repaints++;
            }
        }
    }
}
