package dev.interopatlas.app.export;

import static dev.interopatlas.app.export.SvgText.escape;
import static dev.interopatlas.app.export.SvgText.num;

import dev.interopatlas.app.export.DiagramScene.LegendEntry;
import dev.interopatlas.app.export.DiagramScene.SceneEdge;
import dev.interopatlas.app.export.DiagramScene.SceneNode;
import dev.interopatlas.app.export.DiagramScene.SceneStyle;

/**
 * Writes a {@link DiagramScene} as a standalone SVG: a title, the edges, the nodes, labels as real {@code <text>}
 * (selectable in a browser, editable in Inkscape), a legend and an optional caption. Coordinates are mapped to the
 * page here (no SVG transforms), so every renderer agrees and text keeps its size.
 */
public final class GraphSvgWriter {
    private static final double MARGIN = 32;
    private static final double FIT_SCALE = 1.0;

    private GraphSvgWriter() {
    }

    public static String write(DiagramScene scene, PageSize size) {
        SceneStyle style = scene.style();
        double header = MARGIN + style.titleSize() * 1.6;
        double footer = MARGIN + style.labelSize() * 2.6 + (scene.caption().isPresent() ? style.labelSize() * 1.6 : 0);
        Bounds content = Bounds.of(scene, style.labelSize());

        double width;
        double height;
        double scale;
        if (size.fitsContent()) {
            scale = FIT_SCALE;
            width = Math.max(640, content.width() * scale + 2 * MARGIN);
            height = content.height() * scale + header + footer;
        } else {
            width = size.width();
            height = size.height();
            double availableW = width - 2 * MARGIN;
            double availableH = height - header - footer;
            scale = Math.min(availableW / Math.max(1, content.width()), availableH / Math.max(1, content.height()));
        }
        double offsetX = (width - content.width() * scale) / 2 - content.minX() * scale;
        double offsetY = header + (height - header - footer - content.height() * scale) / 2 - content.minY() * scale;
        Mapping map = new Mapping(scale, offsetX, offsetY);

        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" font-family=\"").append(escape(style.fontFamily())).append("\">\n")
                .append("<title>").append(escape(scene.title())).append("</title>\n")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"").append(escape(style.background())).append("\"/>\n")
                .append("<text id=\"title\" x=\"").append(num(MARGIN)).append("\" y=\"")
                .append(num(MARGIN + style.titleSize())).append("\" font-size=\"").append(num(style.titleSize()))
                .append("\" font-weight=\"bold\" fill=\"").append(escape(style.text())).append("\">")
                .append(escape(scene.title())).append("</text>\n");

        svg.append("<g id=\"edges\" fill=\"none\">\n");
        for (SceneEdge edge : scene.edges()) {
            svg.append("<line x1=\"").append(num(map.x(edge.x1()))).append("\" y1=\"").append(num(map.y(edge.y1())))
                    .append("\" x2=\"").append(num(map.x(edge.x2()))).append("\" y2=\"").append(num(map.y(edge.y2())))
                    .append("\" stroke=\"").append(escape(edge.color())).append("\" stroke-width=\"")
                    .append(num(Math.max(0.5, edge.width() * Math.min(1, scale)))).append('"')
                    .append(edge.faded() ? " stroke-opacity=\"0.15\"" : " stroke-opacity=\"0.7\"").append("/>\n");
        }
        svg.append("</g>\n<g id=\"nodes\">\n");
        for (SceneNode node : scene.nodes()) {
            svg.append("<circle cx=\"").append(num(map.x(node.x()))).append("\" cy=\"").append(num(map.y(node.y())))
                    .append("\" r=\"").append(num(Math.max(1.5, node.radius() * scale))).append("\" fill=\"")
                    .append(escape(node.fill())).append("\" stroke=\"").append(escape(node.stroke()))
                    .append("\" stroke-width=\"1\"").append(node.faded() ? " opacity=\"0.2\"" : "").append(">")
                    .append("<title>").append(escape(node.label())).append("</title></circle>\n");
        }
        svg.append("</g>\n<g id=\"labels\" font-size=\"").append(num(style.labelSize())).append("\" fill=\"")
                .append(escape(style.text())).append("\">\n");
        for (SceneNode node : scene.nodes()) {
            if (!node.showLabel()) {
                continue;
            }
            svg.append("<text x=\"").append(num(map.x(node.x()) + node.radius() * scale + 4)).append("\" y=\"")
                    .append(num(map.y(node.y()) + style.labelSize() * 0.35)).append('"')
                    .append(node.faded() ? " opacity=\"0.3\"" : "").append('>').append(escape(node.label()))
                    .append("</text>\n");
        }
        svg.append("</g>\n");
        appendLegend(svg, scene, style, height - footer + MARGIN * 0.5);
        scene.caption().ifPresent(caption -> svg.append("<text id=\"caption\" x=\"").append(num(MARGIN))
                .append("\" y=\"").append(num(height - MARGIN * 0.6)).append("\" font-size=\"")
                .append(num(style.labelSize())).append("\" fill=\"").append(escape(style.mutedText())).append("\">")
                .append(escape(caption)).append("</text>\n"));
        return svg.append("</svg>\n").toString();
    }

    private static void appendLegend(StringBuilder svg, DiagramScene scene, SceneStyle style, double y) {
        svg.append("<g id=\"legend\" font-size=\"").append(num(style.labelSize())).append("\" fill=\"")
                .append(escape(style.text())).append("\">\n");
        double x = MARGIN;
        double swatch = style.labelSize();
        for (LegendEntry entry : scene.legend()) {
            svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                    .append(num(swatch)).append("\" height=\"").append(num(swatch)).append("\" rx=\"")
                    .append(num(swatch / 2)).append("\" fill=\"").append(escape(entry.color())).append("\"/>\n")
                    .append("<text x=\"").append(num(x + swatch * 1.5)).append("\" y=\"")
                    .append(num(y + swatch * 0.85)).append("\">").append(escape(entry.label())).append("</text>\n");
            x += swatch * 2.5 + TextMetrics.width(entry.label(), style.labelSize()) + swatch;
        }
        svg.append("</g>\n");
    }

    /** Layout coordinates to page coordinates. */
    private record Mapping(double scale, double dx, double dy) {
        double x(double layoutX) {
            return layoutX * scale + dx;
        }

        double y(double layoutY) {
            return layoutY * scale + dy;
        }
    }

    /** The layout-space box holding every node and its label. */
    private record Bounds(double minX, double minY, double maxX, double maxY) {
        static Bounds of(DiagramScene scene, double labelSize) {
            if (scene.nodes().isEmpty()) {
                return new Bounds(0, 0, 1, 1);
            }
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (SceneNode node : scene.nodes()) {
                double label = node.showLabel() ? TextMetrics.width(node.label(), labelSize) + 4 : 0;
                minX = Math.min(minX, node.x() - node.radius());
                maxX = Math.max(maxX, node.x() + node.radius() + label);
                minY = Math.min(minY, node.y() - node.radius());
                maxY = Math.max(maxY, node.y() + node.radius());
            }
            return new Bounds(minX, minY, maxX, maxY);
        }

        double width() {
            return Math.max(1, maxX - minX);
        }

        double height() {
            return Math.max(1, maxY - minY);
        }
    }
}
