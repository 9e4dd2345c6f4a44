package dev.interopatlas.app.graphview;

import java.util.EnumSet;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;
import org.graphstream.ui.view.util.ShortcutManager;

/** Turns off GraphStream's own mouse and key handling (node dragging, rubber-band): {@link GraphView} does it. */
final class NoMouseManager implements MouseManager, ShortcutManager {
    @Override
    public void init(GraphicGraph graph, View view) {
    }

    @Override
    public void release() {
    }

    @Override
    public EnumSet<InteractiveElement> getManagedTypes() {
        return EnumSet.noneOf(InteractiveElement.class);
    }
}
