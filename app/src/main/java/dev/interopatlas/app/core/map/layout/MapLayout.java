package dev.interopatlas.app.core.map.layout;

/**
 * Places boxes in their columns and routes the edges: a pure function, free of any toolkit, so the screen, the
 * export and tests share it.
 */
@FunctionalInterface
public interface MapLayout {
    Placement layout(LayoutGraph graph);
}
