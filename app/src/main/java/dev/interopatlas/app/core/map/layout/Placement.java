package dev.interopatlas.app.core.map.layout;

import java.util.Map;

/** A finished layout: every box and every route, and the size of the whole drawing. */
public record Placement(Map<String, Box> boxes, Map<String, Route> routes, double width, double height) {
    public Placement {
        boxes = Map.copyOf(boxes);
        routes = Map.copyOf(routes);
    }
}
