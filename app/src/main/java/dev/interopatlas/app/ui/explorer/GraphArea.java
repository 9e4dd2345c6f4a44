package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.graphview.GraphView;
import dev.interopatlas.app.ui.map.MapPane;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The explorer's graph area: the map (the default) or the full graph of every node (View ▸ Full graph (classic)).
 * Zoom, fit and centring go to whichever is shown; the full graph is only drawn while it is shown, because on a
 * real kernel drawing it takes seconds.
 */
final class GraphArea {
    private final GraphView graphView;
    private final MapPane map;
    private final StackPane root = new StackPane();
    private final BooleanProperty classic = new SimpleBooleanProperty(false);

    GraphArea(GraphView graphView, MapPane map) {
        this.graphView = graphView;
        this.map = map;
        root.getChildren().setAll(map.node(), graphView.node());
        root.setId("graphArea");
        show(false);
        classic.addListener((o, a, b) -> show(b));
    }

    Region node() {
        return root;
    }

    /** True while the full graph is shown instead of the map. */
    BooleanProperty classicProperty() {
        return classic;
    }

    boolean classic() {
        return classic.get();
    }

    private void show(boolean full) {
        graphView.node().setVisible(full);
        graphView.node().setManaged(full);
        map.node().setVisible(!full);
        map.node().setManaged(!full);
    }

    void zoomIn() {
        if (classic()) {
            graphView.zoomIn();
        } else {
            map.canvas().zoomIn();
        }
    }

    void zoomOut() {
        if (classic()) {
            graphView.zoomOut();
        } else {
            map.canvas().zoomOut();
        }
    }

    void fit() {
        if (classic()) {
            graphView.fit();
        } else {
            map.fit();
        }
    }

    /** Brings a node into view: centred in the full graph, or revealed (its groups opened) on the map. */
    void centreOn(String id) {
        if (classic()) {
            graphView.centreOn(id);
        } else {
            map.reveal(id);
        }
    }

    /** Gives the keyboard to the shown view. */
    void requestFocus() {
        if (classic()) {
            graphView.node().requestFocus();
        } else {
            map.canvas().requestFocus();
        }
    }
}
