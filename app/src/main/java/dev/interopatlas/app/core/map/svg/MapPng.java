package dev.interopatlas.app.core.map.svg;

import dev.interopatlas.app.core.map.MapEdge;
import dev.interopatlas.app.core.map.MapNode;
import dev.interopatlas.app.core.map.layout.Box;
import dev.interopatlas.app.core.map.layout.LaidOutMap;
import dev.interopatlas.app.core.map.layout.MapBoxes;
import dev.interopatlas.app.core.map.layout.Point;
import dev.interopatlas.app.core.map.layout.Route;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.styles.Palette;
import dev.interopatlas.styles.Theme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A laid-out map as PNG, drawn with Java2D (headless) on the page {@link MapSvg} writes: same margins, boxes, edge
 * widths and colours, so the picture matches the SVG (tooltips aside).
 */
public final class MapPng {
    private static final String FONT = "DejaVu Sans";

    private MapPng() {
    }

    public static byte[] write(LaidOutMap map, Theme theme, Optional<String> title, Optional<String> caption,
                               double scale) throws IOException {
        MapSvg.Page page = MapSvg.page(map, title.isPresent(), caption.isPresent());
        BufferedImage image = new BufferedImage(Math.max(1, (int) Math.ceil(page.width() * scale)),
                Math.max(1, (int) Math.ceil(page.height() * scale)), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        Palette palette = theme.palette();
        double font = map.boxes().fontSize();
        // The whole image, before scaling: the page scaled can end a fraction short of the last pixel row, which
        // would stay black.
        g.setColor(Color.decode(palette.background()));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(scale, scale);
        title.ifPresent(t -> text(g, page.margin(), font * 2.2, t, font * 1.6, palette.text(), true));
        for (Layer layer : Layer.values()) {
            MapSvg.columnLeft(map, layer).ifPresent(x -> text(g, page.margin() + x, page.top() - font * 0.8,
                    layer.title(), font * 1.1, palette.layer(layer.ordinal()), true));
        }
        g.translate(page.margin(), page.top());
        drawEdges(g, map, palette);
        drawBoxes(g, map, palette, font);
        g.translate(-page.margin(), -page.top());
        caption.ifPresent(c -> text(g, page.margin(), page.height() - font * 0.8, c, font * 0.85,
                palette.textMuted(), false));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void drawEdges(Graphics2D g, LaidOutMap map, Palette palette) {
        Color edge = Color.decode(palette.edge());
        g.setColor(new Color(edge.getRed(), edge.getGreen(), edge.getBlue(), (int) Math.round(255 * 0.55)));
        for (MapEdge e : map.view().edges()) {
            Route route = map.placement().routes().get(MapBoxes.edgeId(e));
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < route.points().size(); i++) {
                Point p = route.points().get(i);
                if (i == 0) {
                    path.moveTo(p.x(), p.y());
                } else {
                    path.lineTo(p.x(), p.y());
                }
            }
            g.setStroke(new BasicStroke((float) MapSvg.strokeWidth(e)));
            g.draw(path);
        }
    }

    private static void drawBoxes(Graphics2D g, LaidOutMap map, Palette palette, double font) {
        MapBoxes boxes = map.boxes();
        for (MapNode node : map.view().nodes()) {
            Box box = map.placement().boxes().get(node.id());
            double r = 2 * (node.group() ? font * 0.25 : font * 0.9);
            RoundRectangle2D.Double shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(),
                    r, r);
            g.setColor(Color.decode(palette.surface()));
            g.fill(shape);
            g.setColor(Color.decode(palette.layer(node.layer().ordinal())));
            g.setStroke(new BasicStroke(node.group() ? 2f : 1f));
            g.draw(shape);
            double baseline = box.y() + box.height() / 2 + font * 0.35;
            if (node.group()) {
                text(g, box.x() + boxes.badgeOffset(node), baseline, MapBoxes.badge(node), font * 0.85,
                        palette.textMuted(), false);
            }
            text(g, box.x() + boxes.padding(), baseline, MapBoxes.label(node), font, palette.text(), false);
        }
    }

    private static void text(Graphics2D g, double x, double y, String text, double size, String colour,
                             boolean bold) {
        g.setFont(new Font(FONT, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
        g.setColor(Color.decode(colour));
        g.drawString(text, (float) x, (float) y);
    }
}
