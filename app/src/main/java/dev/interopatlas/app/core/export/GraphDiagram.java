package dev.interopatlas.app.core.export;

import dev.interopatlas.app.core.export.Canvas.Anchor;
import dev.interopatlas.app.core.export.DiagramScene.LegendEntry;
import dev.interopatlas.app.core.export.DiagramScene.SceneEdge;
import dev.interopatlas.app.core.export.DiagramScene.SceneNode;
import dev.interopatlas.app.core.export.DiagramScene.SceneStyle;
import dev.interopatlas.app.core.layout.LabelPlacement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Lays a {@link DiagramScene} out on a page (title, graph, legend, caption) and draws it on a {@link Canvas}.
 * Layout coordinates are mapped to page pixels here, with no SVG transforms, so every renderer agrees and text
 * keeps its size.
 */
public final class GraphDiagram {
    private static final double MARGIN = 32;

    private final DiagramScene scene;
    private final double width;
    private final double height;
    private final double scale;
    private final double scaleY;
    private final double dx;
    private final double dy;
    private final double footerTop;
    private final Set<String> labelled;

    public GraphDiagram(DiagramScene scene, PageSize size) {
        this(scene, size.fitsContent() ? 0 : size.width(), size.fitsContent() ? 0 : size.height(), false, true);
    }

    /**
     * A copy of a view on a page of exactly this size (e.g. the size of the view on screen; 0 × 0 fits the
     * content): draws exactly the labels the scene shows, as the view chose them, overlaps or not.
     */
    public GraphDiagram(DiagramScene scene, double pageWidth, double pageHeight) {
        this(scene, pageWidth, pageHeight, false, false);
    }

    /**
     * For a standalone picture rather than a copy of the screen: columns moved apart so labels do not collide
     * ({@link ColumnSpread}) and rows stretched to use the page's height, so a label under a node clears the
     * node below it.
     */
    public static GraphDiagram forPrint(DiagramScene scene, PageSize size) {
        return new GraphDiagram(ColumnSpread.apply(scene), size.fitsContent() ? 0 : size.width(),
                size.fitsContent() ? 0 : size.height(), true, true);
    }

    /** @param leaveOutOverlaps whether to drop labels that overlap at this page's scale and font */
    private GraphDiagram(DiagramScene scene, double pageWidth, double pageHeight, boolean stretchRows,
                         boolean leaveOutOverlaps) {
        this.scene = scene;
        SceneStyle style = scene.style();
        double header = MARGIN + style.titleSize() * 1.6;
        double footer = MARGIN + style.labelSize() * 2.6 + (scene.caption().isPresent() ? style.labelSize() * 1.8 : 0);
        if (pageWidth <= 0 || pageHeight <= 0) {
            scale = 1.0;
            scaleY = stretchRows ? rowScale(scene, style.labelSize()) : 1.0;
            Bounds content = Bounds.of(scene, style.labelSize(), scale, scaleY);
            width = Math.max(640, Math.ceil(content.width() + 2 * MARGIN));
            height = Math.ceil(content.height() + header + footer);
        } else {
            width = pageWidth;
            height = pageHeight;
            double boxWidth = width - 2 * MARGIN;
            double boxHeight = height - header - footer - style.labelSize(); // a little air above and below
            scale = fittingScale(scene, style.labelSize(), boxWidth, boxHeight, 1);
            scaleY = stretchRows
                    ? Math.max(scale, fittingScale(scene, style.labelSize(), Double.MAX_VALUE, boxHeight, scale))
                    : scale;
        }
        Bounds content = Bounds.of(scene, style.labelSize(), scale, scaleY);
        dx = (width - content.width()) / 2 - content.minX();
        dy = header + (height - header - footer - content.height()) / 2 - content.minY();
        footerTop = height - footer;
        labelled = leaveOutOverlaps ? placeLabels(style) : scene.nodes().stream().filter(SceneNode::showLabel)
                .map(SceneNode::id).collect(java.util.stream.Collectors.toSet());
    }

    /** The nodes whose labels are drawn: of those the scene labels, the ones that do not overlap another. */
    private Set<String> placeLabels(SceneStyle style) {
        List<LabelPlacement.Candidate> candidates = new ArrayList<>();
        for (SceneNode node : scene.nodes()) {
            if (node.showLabel()) {
                double top = labelBaseline(node, style) - style.labelSize() * 0.95;
                candidates.add(new LabelPlacement.Candidate(node.id(), pageX(node.x()), top,
                        TextMetrics.width(node.label(), style.labelSize()), style.labelSize() * 1.2,
                        (node.faded() ? 0 : 1_000_000) + node.radius()));
            }
        }
        return LabelPlacement.place(candidates);
    }

    /** Ids of the nodes whose labels the diagram draws (an overlapping label is left to the node's tooltip). */
    public Set<String> labelledNodes() {
        return Collections.unmodifiableSet(labelled);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Page x of a layout x. */
    public double pageX(double layoutX) {
        return layoutX * scale + dx;
    }

    /** Page y of a layout y. */
    public double pageY(double layoutY) {
        return layoutY * scaleY + dy;
    }

    public String toSvg() {
        SvgCanvas canvas = new SvgCanvas(width, height, scene.title(), scene.style().fontFamily());
        draw(canvas);
        return canvas.finish();
    }

    public byte[] toPng(double pixelScale) throws IOException {
        return raster(pixelScale).png();
    }

    /** The page drawn into an image (e.g. for a preview), {@code pixelScale} image pixels per page pixel. */
    public java.awt.image.BufferedImage toImage(double pixelScale) {
        return raster(pixelScale).image();
    }

    private RasterCanvas raster(double pixelScale) {
        RasterCanvas canvas = new RasterCanvas((int) Math.ceil(width), (int) Math.ceil(height), pixelScale,
                scene.style().fontFamily());
        draw(canvas);
        return canvas;
    }

    public void draw(Canvas canvas) {
        SceneStyle style = scene.style();
        canvas.rect(0, 0, width, height, style.background(), 0);
        canvas.beginGroup("title");
        canvas.text(MARGIN, MARGIN + style.titleSize(), scene.title(), style.titleSize(), style.text(), true,
                Anchor.START, 1);
        canvas.endGroup();
        canvas.beginGroup("edges");
        for (SceneEdge edge : scene.edges()) {
            canvas.line(pageX(edge.x1()), pageY(edge.y1()), pageX(edge.x2()), pageY(edge.y2()), edge.color(),
                    Math.max(0.5, edge.width() * Math.min(1, scale)), edge.faded() ? 0.15 : 0.7);
        }
        canvas.endGroup();
        canvas.beginGroup("nodes");
        for (SceneNode node : scene.nodes()) {
            canvas.circle(pageX(node.x()), pageY(node.y()), node.radius(), node.fill(),
                    node.stroke(), node.faded() ? 0.2 : 1, node.label());
        }
        canvas.endGroup();
        canvas.beginGroup("labels");
        for (SceneNode node : scene.nodes()) {
            if (labelled.contains(node.id())) {
                // under the node, centred, as GraphStream draws it (text-alignment: under)
                canvas.text(pageX(node.x()), labelBaseline(node, style), node.label(), style.labelSize(),
                        style.text(), false, Anchor.MIDDLE, node.faded() ? 0.3 : 1);
            }
        }
        canvas.endGroup();
        drawLegend(canvas, style);
        scene.caption().ifPresent(caption -> {
            canvas.beginGroup("caption");
            canvas.text(MARGIN, height - MARGIN * 0.6, caption, style.labelSize(), style.mutedText(), false,
                    Anchor.START, 1);
            canvas.endGroup();
        });
    }

    /** Page y of a node label's baseline: one line under the node. */
    public double labelBaseline(SceneNode node, SceneStyle style) {
        return pageY(node.y()) + node.radius() + style.labelSize() * 0.95;
    }

    private void drawLegend(Canvas canvas, SceneStyle style) {
        canvas.beginGroup("legend");
        double x = MARGIN;
        double y = footerTop + MARGIN * 0.5;
        double swatch = style.labelSize();
        for (LegendEntry entry : scene.legend()) {
            canvas.rect(x, y, swatch, swatch, entry.color(), swatch / 2);
            canvas.text(x + swatch * 1.5, y + swatch * 0.85, entry.label(), style.labelSize(), style.text(), false,
                    Anchor.START, 1);
            x += swatch * 3 + TextMetrics.width(entry.label(), style.labelSize());
        }
        canvas.endGroup();
    }

    /**
     * The largest scale at which positions, scaled, plus nodes and labels, not scaled (as on screen), fit the
     * box. Found by bisection: the extent grows monotonically with the scale.
     */
    private static double fittingScale(DiagramScene scene, double labelSize, double boxWidth, double boxHeight,
                                       double fixedX) {
        boolean yOnly = boxWidth == Double.MAX_VALUE;
        double low = 0;
        double high = 64;
        for (int i = 0; i < 40; i++) {
            double mid = (low + high) / 2;
            Bounds b = Bounds.of(scene, labelSize, yOnly ? fixedX : mid, mid);
            if (b.width() <= boxWidth && b.height() <= boxHeight) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return Math.max(low, 1e-3);
    }

    /** Fit-content pages: rows far enough apart for a label under each node (at least the layout's spacing). */
    private static double rowScale(DiagramScene scene, double labelSize) {
        double gap = Double.MAX_VALUE;
        java.util.Map<Long, java.util.List<Double>> columns = new java.util.HashMap<>();
        scene.nodes().forEach(n -> columns.computeIfAbsent(Math.round(n.x()), k -> new java.util.ArrayList<>())
                .add(n.y()));
        for (java.util.List<Double> ys : columns.values()) {
            java.util.Collections.sort(ys);
            for (int i = 1; i < ys.size(); i++) {
                gap = Math.min(gap, Math.max(1e-6, ys.get(i) - ys.get(i - 1)));
            }
        }
        double needed = labelSize * 1.6 + 12;
        return gap == Double.MAX_VALUE ? 1 : Math.max(1, needed / gap);
    }

    /** The page-pixel box (before translation) holding every node and its label at a scale. */
    private record Bounds(double minX, double minY, double maxX, double maxY) {
        static Bounds of(DiagramScene scene, double labelSize, double scale, double scaleY) {
            if (scene.nodes().isEmpty()) {
                return new Bounds(0, 0, 1, 1);
            }
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (SceneNode node : scene.nodes()) {
                double halfLabel = node.showLabel() ? TextMetrics.width(node.label(), labelSize) / 2 + 2 : 0;
                double halfWidth = Math.max(node.radius(), halfLabel);
                double below = node.radius() + (node.showLabel() ? labelSize * 1.25 : 0);
                double x = node.x() * scale;
                double y = node.y() * scaleY;
                minX = Math.min(minX, x - halfWidth);
                maxX = Math.max(maxX, x + halfWidth);
                minY = Math.min(minY, y - node.radius());
                maxY = Math.max(maxY, y + below);
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
