package dev.interopatlas.app.ui.map;

import dev.interopatlas.app.core.map.MapAppearance.Change;
import dev.interopatlas.app.core.map.MapAppearance.Look;
import dev.interopatlas.app.core.map.MapEdge;
import dev.interopatlas.app.core.map.MapNode;
import dev.interopatlas.app.core.map.layout.Box;
import dev.interopatlas.app.core.map.layout.LaidOutMap;
import dev.interopatlas.app.core.map.layout.MapBoxes;
import dev.interopatlas.app.core.map.layout.Point;
import dev.interopatlas.app.core.map.layout.Route;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.styles.Palette;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints a laid-out map on a canvas as {@code MapSvg} writes it: column headings, edges through their bends (width
 * 1 + log10 of the edges merged), boxes with label and member-count badge, coloured by their {@link Look}. Boxes off
 * screen are skipped; labels smaller than 3 px on screen are left out (the tooltip still names the box).
 */
final class MapPainter {
    private static final double MIN_LABEL_PX = 3;

    /** Pan and zoom: a map point (x, y) is drawn at (tx + x * scale, ty + y * scale). */
    record View(double scale, double tx, double ty) {
    }

    private MapPainter() {
    }

    /**
     * Paints the background, the column headings, the edges and the boxes with their labels.
     *
     * @param lit boxes whose edges between each other are drawn in the blast colour
     * @return the boxes whose label was drawn
     */
    static Set<String> paint(GraphicsContext g, double w, double h, Optional<LaidOutMap> map, Map<String, Look> looks,
                             Set<String> lit, Palette palette, View view) {
        g.setGlobalAlpha(1);
        g.setFill(Color.web(palette.background()));
        g.fillRect(0, 0, w, h);
        if (map.isEmpty()) {
            return Set.of();
        }
        double scale = view.scale();
        double tx = view.tx();
        double ty = view.ty();
        LaidOutMap m = map.get();
        double font = m.boxes().fontSize();
        g.save();
        g.translate(tx, ty);
        g.scale(scale, scale);
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, font * 1.1));
        for (Layer layer : Layer.values()) {
            m.view().nodes().stream().filter(n -> n.layer() == layer)
                    .mapToDouble(n -> m.placement().boxes().get(n.id()).x()).min().ifPresent(x -> {
                        g.setFill(Color.web(palette.layer(layer.ordinal())));
                        g.fillText(layer.title(), x, -font * 0.8);
                    });
        }
        drawEdges(g, m, looks, lit, palette);
        Set<String> labelled = drawBoxes(g, m, looks, palette, font, w, h, view);
        g.restore();
        return labelled;
    }

    private static void drawEdges(GraphicsContext g, LaidOutMap m, Map<String, Look> looks, Set<String> lit,
                                  Palette palette) {
        boolean context = looks.values().stream().anyMatch(Look::faded);
        Color plain = Color.web(palette.edge());
        Color blast = Color.web(palette.blast());
        for (MapEdge edge : m.view().edges()) {
            Route route = m.placement().routes().get(MapBoxes.edgeId(edge));
            boolean both = lit.contains(edge.from()) && lit.contains(edge.to());
            g.setStroke(both ? blast : plain);
            g.setGlobalAlpha(both ? 0.9 : context ? 0.15 : 0.55);
            g.setLineWidth(1 + Math.log10(edge.edges()));
            g.beginPath();
            List<Point> points = route.points();
            g.moveTo(points.get(0).x(), points.get(0).y());
            for (int i = 1; i < points.size(); i++) {
                g.lineTo(points.get(i).x(), points.get(i).y());
            }
            g.stroke();
        }
        g.setGlobalAlpha(1);
    }

    private static Set<String> drawBoxes(GraphicsContext g, LaidOutMap m, Map<String, Look> looks, Palette palette,
                                         double font, double w, double h, View view) {
        double scale = view.scale();
        double tx = view.tx();
        double ty = view.ty();
        Set<String> labelled = new HashSet<>();
        MapBoxes boxes = m.boxes();
        Font label = Font.font("DejaVu Sans", font);
        Font badge = Font.font("DejaVu Sans", font * 0.85);
        boolean labels = font * scale >= MIN_LABEL_PX;
        Color cool = Color.web(palette.heatCool());
        Color hot = Color.web(palette.heatHot());
        for (MapNode node : m.view().nodes()) {
            Box b = m.placement().boxes().get(node.id());
            double sx = tx + b.x() * scale;
            double sy = ty + b.y() * scale;
            if (sx > w || sy > h || sx + b.width() * scale < 0 || sy + b.height() * scale < 0) {
                continue; // off screen
            }
            Look look = looks.getOrDefault(node.id(), Look.PLAIN);
            double r = 2 * (node.group() ? font * 0.25 : font * 0.9);
            g.setGlobalAlpha(look.faded() ? 0.25 : 1);
            Color fill = Color.web(palette.surface());
            if (look.heat().isPresent()) {
                fill = fill.interpolate(cool.interpolate(hot, look.heat().get()), 0.25 + 0.5 * look.heat().get());
            }
            g.setFill(fill);
            g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), r, r);
            g.setLineDashes();
            String stroke = palette.layer(node.layer().ordinal());
            double width = node.group() ? 2 : 1;
            if (look.selected()) {
                stroke = palette.selection();
                width = 3.5;
            } else if (look.blast()) {
                stroke = palette.blast();
                width = 3;
            } else if (look.focus()) {
                stroke = palette.focus();
                width = 3;
            } else if (look.change() == Change.ADDED || look.change() == Change.BOTH) {
                stroke = palette.diffAdded();
                width = 3;
            } else if (look.change() == Change.REMOVED) {
                stroke = palette.diffRemoved();
                width = 2.5;
                g.setLineDashes(5, 4);
            }
            g.setStroke(Color.web(stroke));
            g.setLineWidth(width);
            g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), r, r);
            if (look.change() == Change.BOTH) {
                g.setStroke(Color.web(palette.diffRemoved()));
                g.setLineWidth(1.5);
                g.setLineDashes(5, 4);
                g.strokeRoundRect(b.x() + 3, b.y() + 3, b.width() - 6, b.height() - 6, r, r);
                g.setLineDashes();
            }
            if (labels) {
                double baseline = b.y() + b.height() / 2 + font * 0.35;
                if (node.group()) {
                    g.setFont(badge);
                    g.setFill(Color.web(palette.textMuted()));
                    g.fillText(MapBoxes.badge(node), b.x() + boxes.badgeOffset(node), baseline);
                }
                g.setFont(label);
                g.setFill(Color.web(palette.text()));
                g.fillText(MapBoxes.label(node), b.x() + boxes.padding(), baseline);
                labelled.add(node.id());
            }
        }
        g.setGlobalAlpha(1);
        g.setLineDashes();
        return labelled;
    }
}
