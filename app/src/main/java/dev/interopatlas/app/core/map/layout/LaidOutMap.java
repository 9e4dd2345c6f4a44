package dev.interopatlas.app.core.map.layout;

import dev.interopatlas.app.core.map.MapView;

/** A view with its boxes sized and placed: what the screen and the SVG draw. */
public record LaidOutMap(MapView view, MapBoxes boxes, Placement placement) {
    public static LaidOutMap of(MapView view, MapBoxes boxes, MapLayout layout) {
        return new LaidOutMap(view, boxes, layout.layout(boxes.layoutGraph(view)));
    }
}
