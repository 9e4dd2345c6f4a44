package dev.interopatlas.app.core.map.svg;

import dev.interopatlas.app.core.export.Canvas;
import dev.interopatlas.app.core.export.Canvas.Anchor;
import dev.interopatlas.app.core.export.OverviewPanel;
import dev.interopatlas.app.core.export.TextMetrics;
import dev.interopatlas.app.core.map.MapEdge;
import dev.interopatlas.app.core.map.MapNode;
import dev.interopatlas.app.core.map.MapRequest;
import dev.interopatlas.app.core.map.MapSelection;
import dev.interopatlas.app.core.map.SectionLookup;
import dev.interopatlas.app.core.map.layout.Box;
import dev.interopatlas.app.core.map.layout.ElkMapLayout;
import dev.interopatlas.app.core.map.layout.LaidOutMap;
import dev.interopatlas.app.core.map.layout.MapBoxes;
import dev.interopatlas.app.core.map.layout.Point;
import dev.interopatlas.app.core.map.layout.Route;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.styles.Palette;
import dev.interopatlas.styles.Theme;
import java.util.List;

/**
 * The map overview as the release report's graph panel: the laid-out map drawn through a {@link Canvas} (so the
 * report's SVG and PNG agree), scaled to the panel's width but never above its own size, centred.
 */
public final class MapPanel implements OverviewPanel {
    private final LaidOutMap map;
    private final Palette palette;
    private final String title;

    private MapPanel(LaidOutMap map, Palette palette, String title) {
        this.map = map;
        this.palette = palette;
        this.title = title;
    }

    /** The overview (grouped by directory) of {@code graph}, laid out at the theme's type size. */
    public static MapPanel overview(InteropGraph graph, Theme theme) {
        LaidOutMap laid = LaidOutMap.of(MapSelection.select(graph, SectionLookup.NONE, MapRequest.overview()).view(),
                new MapBoxes(TextMetrics::width, theme.fontSize()), ElkMapLayout.standard());
        return new MapPanel(laid, theme.palette(), "Map overview: " + laid.view().nodes().size() + " boxes");
    }

    @Override
    public String title() {
        return title;
    }

    /** Room for the column headings, then the map at {@link #scale}. */
    @Override
    public double height(double width) {
        return headings() + map.placement().height() * scale(width);
    }

    private double headings() {
        return map.boxes().fontSize() * 2;
    }

    private double scale(double width) {
        return Math.min(1, width / Math.max(1, map.placement().width()));
    }

    @Override
    public void paint(Canvas canvas, double x, double y, double width, double height) {
        double font = map.boxes().fontSize();
        double s = Math.min(scale(width), (height - headings()) / Math.max(1, map.placement().height()));
        double left = x + (width - map.placement().width() * s) / 2;
        double top = y + headings();
        for (Layer layer : Layer.values()) {
            MapSvg.columnLeft(map, layer).ifPresent(cx -> canvas.text(left + cx * s, top - font * 0.6, layer.title(),
                    font * 1.1 * Math.max(s, 0.8), palette.layer(layer.ordinal()), true, Anchor.START, 1));
        }
        canvas.beginGroup("map-edges");
        for (MapEdge edge : map.view().edges()) {
            List<Point> points = map.placement().routes().get(MapBoxes.edgeId(edge)).points();
            for (int i = 1; i < points.size(); i++) {
                canvas.line(left + points.get(i - 1).x() * s, top + points.get(i - 1).y() * s,
                        left + points.get(i).x() * s, top + points.get(i).y() * s, palette.edge(),
                        MapSvg.strokeWidth(edge) * s, 0.55);
            }
        }
        canvas.endGroup();
        canvas.beginGroup("map-nodes");
        for (MapNode node : map.view().nodes()) {
            Box box = map.placement().boxes().get(node.id());
            double bx = left + box.x() * s;
            double by = top + box.y() * s;
            double r = (node.group() ? font * 0.25 : font * 0.9) * s;
            double stroke = (node.group() ? 2 : 1) * Math.max(s, 0.5);
            // Canvas has filled rectangles only: the outline is a layer-coloured box under a surface-coloured one.
            canvas.rect(bx, by, box.width() * s, box.height() * s, palette.layer(node.layer().ordinal()), r);
            canvas.rect(bx + stroke, by + stroke, box.width() * s - 2 * stroke, box.height() * s - 2 * stroke,
                    palette.surface(), Math.max(0, r - stroke));
            double baseline = by + (box.height() / 2 + font * 0.35) * s;
            if (node.group()) {
                canvas.text(bx + map.boxes().badgeOffset(node) * s, baseline, MapBoxes.badge(node), font * 0.85 * s,
                        palette.textMuted(), false, Anchor.START, 1);
            }
            canvas.text(bx + map.boxes().padding() * s, baseline, MapBoxes.label(node), font * s, palette.text(),
                    false, Anchor.START, 1);
        }
        canvas.endGroup();
    }
}
