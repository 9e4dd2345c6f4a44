package dev.interopatlas.app.core.map.svg;

import static dev.interopatlas.app.core.export.SvgText.escape;
import static dev.interopatlas.app.core.export.SvgText.num;

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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A laid-out map as SVG: a column heading above each column, edges as {@code <path>}s through their bends (width on
 * a log scale of the edges they stand for), one child of {@code <g id="nodes">} and one {@code <text>} of
 * {@code <g id="labels">} per box, full names and counts in {@code <title>}s. Colours come from the theme.
 */
public final class MapSvg {
    private static final String FONT = "DejaVu Sans, Verdana, sans-serif";

    /** The page around a laid-out map: its size and where the map's origin sits (shared with {@link MapPng}). */
    record Page(double width, double height, double margin, double top) {
    }

    private MapSvg() {
    }

    static Page page(LaidOutMap map, boolean titled, boolean captioned) {
        double font = map.boxes().fontSize();
        double top = (titled ? font * 3.2 : font) + font * 2;
        double bottom = captioned ? font * 2.4 : font;
        double margin = font;
        return new Page(map.placement().width() + 2 * margin, top + map.placement().height() + bottom, margin, top);
    }

    /**
     * @param title   heading of the page; empty for none
     * @param caption line under the drawing (tree, release, date); empty for none
     */
    public static String write(LaidOutMap map, Theme theme, Optional<String> title, Optional<String> caption) {
        return write(map, theme, title, caption, Set.of());
    }

    /** @param marked ids of boxes to outline in the blast colour (class {@code changed}): an impact's changes */
    public static String write(LaidOutMap map, Theme theme, Optional<String> title, Optional<String> caption,
                               Set<String> marked) {
        Palette palette = theme.palette();
        MapBoxes boxes = map.boxes();
        double font = boxes.fontSize();
        Page page = page(map, title.isPresent(), caption.isPresent());
        double top = page.top();
        double margin = page.margin();
        double width = page.width();
        double height = page.height();
        StringBuilder svg = new StringBuilder(256 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width))
                .append(' ').append(num(height)).append("\" font-family=\"").append(escape(FONT)).append("\">\n")
                .append("<title>").append(escape(title.orElse("Interop Atlas map"))).append("</title>\n");
        rect(svg, 0, 0, width, height, palette.background(), 0);
        if (title.isPresent()) {
            text(svg, margin, font * 2.2, title.get(), font * 1.6, palette.text(), true);
        }
        svg.append("<g id=\"columns\">\n");
        for (Layer layer : Layer.values()) {
            columnLeft(map, layer).ifPresent(x -> text(svg, margin + x, top - font * 0.8, layer.title(), font * 1.1,
                    palette.layer(layer.ordinal()), true));
        }
        svg.append("</g>\n");
        Map<String, String> labels = new HashMap<>();
        map.view().nodes().forEach(n -> labels.put(n.id(), n.label()));
        svg.append("<g id=\"edges\" transform=\"translate(").append(num(margin)).append(' ').append(num(top))
                .append(")\" fill=\"none\">\n");
        for (MapEdge edge : map.view().edges()) {
            Route route = map.placement().routes().get(MapBoxes.edgeId(edge));
            svg.append("<path d=\"");
            for (int i = 0; i < route.points().size(); i++) {
                Point p = route.points().get(i);
                svg.append(i == 0 ? "M" : " L").append(num(p.x())).append(' ').append(num(p.y()));
            }
            svg.append("\" stroke=\"").append(palette.edge()).append("\" stroke-opacity=\"0.55\" stroke-width=\"")
                    .append(num(strokeWidth(edge))).append("\"><title>")
                    .append(escape(labels.get(edge.from()) + " \u2192 " + labels.get(edge.to()) + ": "
                            + String.format(Locale.ROOT, "%,d edges, %,d references", edge.edges(),
                            edge.references())))
                    .append("</title></path>\n");
        }
        svg.append("</g>\n");
        svg.append("<g id=\"nodes\" transform=\"translate(").append(num(margin)).append(' ').append(num(top))
                .append(")\">\n");
        for (MapNode node : map.view().nodes()) {
            Box box = map.placement().boxes().get(node.id());
            boolean changed = marked.contains(node.id());
            String colour = changed ? palette.blast() : palette.layer(node.layer().ordinal());
            svg.append(changed ? "<g class=\"changed\"><title>" : "<g><title>").append(escape(tooltip(node))).append("</title>");
            svg.append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y()))
                    .append("\" width=\"").append(num(box.width())).append("\" height=\"").append(num(box.height()))
                    .append("\" rx=\"").append(num(node.group() ? font * 0.25 : font * 0.9)).append("\" fill=\"")
                    .append(palette.surface()).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
                    .append(changed ? "3" : node.group() ? "2" : "1").append("\"/>");
            if (node.group()) {
                svg.append("<text x=\"").append(num(box.x() + boxes.badgeOffset(node))).append("\" y=\"")
                        .append(num(baseline(box, font))).append("\" font-size=\"").append(num(font * 0.85))
                        .append("\" fill=\"").append(palette.textMuted()).append("\">")
                        .append(escape(MapBoxes.badge(node))).append("</text>");
            }
            svg.append("</g>\n");
        }
        svg.append("</g>\n");
        svg.append("<g id=\"labels\" transform=\"translate(").append(num(margin)).append(' ').append(num(top))
                .append(")\" font-size=\"").append(num(font)).append("\" fill=\"").append(palette.text())
                .append("\">\n");
        for (MapNode node : map.view().nodes()) {
            Box box = map.placement().boxes().get(node.id());
            svg.append("<text x=\"").append(num(box.x() + boxes.padding())).append("\" y=\"")
                    .append(num(baseline(box, font))).append('"')
                    .append("><title>").append(escape(tooltip(node))).append("</title>")
                    .append(escape(MapBoxes.label(node))).append("</text>\n");
        }
        svg.append("</g>\n");
        if (caption.isPresent()) {
            svg.append("<g id=\"caption\">\n");
            text(svg, margin, height - font * 0.8, caption.get(), font * 0.85, palette.textMuted(), false);
            svg.append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** 1 px for one edge, growing with the logarithm of the count: 1,000 edges are about 4 px. */
    static double strokeWidth(MapEdge edge) {
        return 1 + Math.log10(edge.edges());
    }

    static String tooltip(MapNode node) {
        StringBuilder text = new StringBuilder(node.label());
        if (node.group()) {
            text.append(String.format(Locale.ROOT, " (%,d nodes", node.memberCount()));
            if (node.unsafeTotal() > 0) {
                text.append(String.format(Locale.ROOT, ", %,d unsafe", node.unsafeTotal()));
            }
            text.append(')');
        } else if (node.unsafeTotal() > 0) {
            text.append(String.format(Locale.ROOT, " (%,d unsafe)", node.unsafeTotal()));
        }
        return text.toString();
    }

    private static double baseline(Box box, double font) {
        return box.y() + box.height() / 2 + font * 0.35;
    }

    static Optional<Double> columnLeft(LaidOutMap map, Layer layer) {
        return map.view().nodes().stream().filter(n -> n.layer() == layer)
                .map(n -> map.placement().boxes().get(n.id()).x()).min(Double::compare);
    }

    private static void rect(StringBuilder svg, double x, double y, double w, double h, String fill, double r) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" rx=\"").append(num(r)).append("\" fill=\"")
                .append(fill).append("\"/>\n");
    }

    private static void text(StringBuilder svg, double x, double y, String text, double size, String fill,
                             boolean bold) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(num(size)).append("\" fill=\"").append(fill).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append('>').append(escape(text)).append("</text>\n");
    }
}
