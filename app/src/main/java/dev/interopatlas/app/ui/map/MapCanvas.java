package dev.interopatlas.app.ui.map;

import dev.interopatlas.app.core.map.MapAppearance;
import dev.interopatlas.app.core.map.MapAppearance.Look;
import dev.interopatlas.app.core.map.MapEdge;
import dev.interopatlas.app.core.map.MapNode;
import dev.interopatlas.app.core.map.layout.Box;
import dev.interopatlas.app.core.map.layout.LaidOutMap;
import dev.interopatlas.app.core.map.layout.MapBoxes;
import dev.interopatlas.app.core.map.layout.Point;
import dev.interopatlas.styles.Theme;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * A laid-out map on a JavaFX canvas ({@link MapPainter} paints it as {@code MapSvg} writes it), with pan by dragging,
 * zoom with the wheel or +/−, fit, and hit testing: a box or an edge under the pointer gets a tooltip, clicks,
 * double-clicks and context-menu requests are reported with the box under the pointer. Redrawing 100 boxes is a few
 * hundred canvas calls, so every pan step redraws everything (docs/decisions/0010, "The map on screen").
 */
public final class MapCanvas extends Region {
    private static final double MIN_SCALE = 0.05;
    private static final double MAX_SCALE = 8;

    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition hoverDelay = new PauseTransition(Duration.millis(350));
    private Optional<LaidOutMap> map = Optional.empty();
    private Map<String, Look> looks = Map.of();
    private Set<String> blastEdgesFrom = Set.of();
    private Theme theme;
    private double scale = 1;
    private double tx;
    private double ty;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private final Set<String> labelled = new HashSet<>();
    private long frames;
    private Consumer<Optional<String>> onClick = id -> { };
    private Consumer<String> onOpen = id -> { };
    private BiConsumer<Optional<String>, Point2D> onMenu = (id, at) -> { };

    public MapCanvas(Theme theme) {
        this.theme = theme;
        setId("mapCanvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(0, 0);
        tooltip.setShowDelay(Duration.ZERO);
        canvas.widthProperty().addListener((o, a, b) -> redraw());
        canvas.heightProperty().addListener((o, a, b) -> redraw());
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(this::hover);
        setOnMouseExited(e -> hideTooltip());
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(Math.pow(1.15, e.getDeltaY() / 40), e.getX(), e.getY());
            }
            e.consume();
        });
        setOnContextMenuRequested(e -> {
            hideTooltip();
            onMenu.accept(boxAt(e.getX(), e.getY()), new Point2D(e.getScreenX(), e.getScreenY()));
            e.consume();
        });
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    /** Clicked a box (its id) or the background (empty). */
    public void setOnClick(Consumer<Optional<String>> handler) {
        onClick = handler;
    }

    /** Double-clicked a box. */
    public void setOnOpen(Consumer<String> handler) {
        onOpen = handler;
    }

    /** Asked for a context menu on a box or the background, at a screen point. */
    public void setOnMenu(BiConsumer<Optional<String>, Point2D> handler) {
        onMenu = handler;
    }

    /** Shows another map; the view is kept (the caller fits or centres). */
    public void show(LaidOutMap next, Map<String, Look> nextLooks) {
        map = Optional.of(next);
        setLooks(nextLooks);
    }

    public void setLooks(Map<String, Look> nextLooks) {
        looks = Map.copyOf(nextLooks);
        Set<String> blast = new HashSet<>();
        looks.forEach((id, look) -> {
            if (look.blast() || look.selected()) {
                blast.add(id);
            }
        });
        blastEdgesFrom = blast;
        redraw();
    }

    public void setTheme(Theme next) {
        theme = next;
        redraw();
    }

    public Optional<LaidOutMap> map() {
        return map;
    }

    /** The whole map in view, not enlarged beyond its size. */
    public void fit() {
        map.ifPresent(m -> {
            double w = Math.max(1, getWidth());
            double h = Math.max(1, getHeight());
            double top = headingRoom(m);
            double s = Math.min(1.5, Math.min(w / (m.placement().width() + 20), h / (m.placement().height() + top + 20)));
            scale = clamp(s);
            tx = (w - m.placement().width() * scale) / 2;
            ty = top * scale + Math.max(4, (h - (m.placement().height() + top) * scale) / 2);
        });
        redraw();
    }

    /**
     * The first view of a new map: the whole map when its labels stay readable (9 px type or more) at that size,
     * else the map's full width (at most 1:1) from its top, to be panned down: a 7.3 overview is three times as
     * tall as wide, and fitted whole its labels are 4 px.
     */
    public void fitReadable() {
        if (map.isEmpty()) {
            return;
        }
        LaidOutMap m = map.get();
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        double top = headingRoom(m);
        double whole = Math.min(1.5, Math.min(w / (m.placement().width() + 20), h / (m.placement().height() + top + 20)));
        if (whole * m.boxes().fontSize() >= 9) {
            fit();
            return;
        }
        scale = clamp(Math.max(whole, Math.min(1, w / (m.placement().width() + 20))));
        tx = (w - m.placement().width() * scale) / 2;
        ty = (top + 6) * scale;
        redraw();
    }

    /**
     * Brings the given boxes into view, centred, zoomed out only as far as needed to hold them and never in beyond
     * 1:1; nothing known: fit.
     */
    public void centreOn(Set<String> ids) {
        if (map.isEmpty()) {
            return;
        }
        List<Box> boxes = ids.stream().map(map.get().placement().boxes()::get).filter(b -> b != null).toList();
        if (boxes.isEmpty()) {
            fit();
            return;
        }
        double left = boxes.stream().mapToDouble(Box::x).min().orElse(0);
        double right = boxes.stream().mapToDouble(Box::right).max().orElse(0);
        double top = boxes.stream().mapToDouble(Box::y).min().orElse(0);
        double bottom = boxes.stream().mapToDouble(Box::bottom).max().orElse(0);
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        double fitting = Math.min(w * 0.9 / Math.max(1, right - left), h * 0.9 / Math.max(1, bottom - top));
        scale = clamp(Math.min(Math.max(scale, Math.min(fitting, 1)), Math.min(fitting, 1.5)));
        tx = w / 2 - (left + right) / 2 * scale;
        ty = h / 2 - (top + bottom) / 2 * scale;
        redraw();
    }

    /** Moves the drawing, at its scale, so the given boxes are in the middle. */
    public void panToShow(Set<String> ids) {
        List<Box> boxes = map.map(m -> ids.stream().map(m.placement().boxes()::get).filter(b -> b != null).toList())
                .orElse(List.of());
        if (boxes.isEmpty()) {
            return;
        }
        double x = boxes.stream().mapToDouble(Box::centerX).average().orElse(0);
        double y = boxes.stream().mapToDouble(Box::centerY).average().orElse(0);
        tx = getWidth() / 2 - x * scale;
        ty = getHeight() / 2 - y * scale;
        redraw();
    }

    public void zoomIn() {
        zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(1 / 1.25, getWidth() / 2, getHeight() / 2);
    }

    /** Moves the drawing by a screen distance (pan). */
    public void panBy(double dx, double dy) {
        tx += dx;
        ty += dy;
        redraw();
    }

    public double scale() {
        return scale;
    }

    /** The box under a point of this canvas, if any. */
    public Optional<String> boxAt(double x, double y) {
        if (map.isEmpty()) {
            return Optional.empty();
        }
        double mx = (x - tx) / scale;
        double my = (y - ty) / scale;
        for (MapNode node : map.get().view().nodes()) {
            Box b = map.get().placement().boxes().get(node.id());
            if (mx >= b.x() && mx <= b.right() && my >= b.y() && my <= b.bottom()) {
                return Optional.of(node.id());
            }
        }
        return Optional.empty();
    }

    /** Where a box's centre is drawn, in this canvas's coordinates. */
    public Optional<Point2D> pointOf(String id) {
        return map.map(m -> m.placement().boxes().get(id)).map(b -> new Point2D(tx + b.centerX() * scale,
                ty + b.centerY() * scale));
    }

    /** Boxes whose label the last frame drew. */
    public Set<String> labelsDrawn() {
        return Set.copyOf(labelled);
    }

    /** Frames drawn since the canvas was made (for the pan benchmark). */
    public long frames() {
        return frames;
    }

    /** The text of the tooltip for a box or edge, as last shown. */
    public String tooltipText() {
        return tooltip.getText();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        hideTooltip();
        dragX = e.getX();
        dragY = e.getY();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 2 || dragged) {
            dragged = true;
            panBy(e.getX() - dragX, e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
        }
    }

    private void released(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<String> box = boxAt(e.getX(), e.getY());
        if (e.getClickCount() >= 2 && box.isPresent()) {
            onOpen.accept(box.get());
        } else if (e.getClickCount() == 1) {
            onClick.accept(box);
        }
    }

    private void hover(MouseEvent e) {
        Optional<String> text = boxAt(e.getX(), e.getY()).map(this::boxTooltip).or(() -> edgeAt(e.getX(), e.getY()));
        if (text.isEmpty()) {
            hideTooltip();
            return;
        }
        if (tooltip.isShowing() && text.get().equals(tooltip.getText())) {
            return;
        }
        tooltip.setText(text.get());
        double sx = e.getScreenX() + 14;
        double sy = e.getScreenY() + 14;
        hoverDelay.setOnFinished(done -> {
            if (getScene() != null && getScene().getWindow() != null) {
                tooltip.show(this, sx, sy);
            }
        });
        hoverDelay.playFromStart();
    }

    private void hideTooltip() {
        hoverDelay.stop();
        tooltip.hide();
    }

    private String boxTooltip(String id) {
        MapNode node = map.orElseThrow().view().nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow();
        StringBuilder text = new StringBuilder(node.label());
        if (node.group()) {
            text.append(String.format(Locale.ROOT, "%n%,d nodes, %,d unsafe%nDouble-click or Enter opens it",
                    node.memberCount(), node.unsafeTotal()));
        } else if (node.unsafeTotal() > 0) {
            text.append(String.format(Locale.ROOT, "%n%,d unsafe", node.unsafeTotal()));
        }
        return text.toString();
    }

    /** The edge passing within a few pixels of a point, as "a → b: n edges, m references". */
    private Optional<String> edgeAt(double x, double y) {
        if (map.isEmpty()) {
            return Optional.empty();
        }
        LaidOutMap m = map.get();
        double mx = (x - tx) / scale;
        double my = (y - ty) / scale;
        double reach = 4 / scale;
        Map<String, String> labels = new HashMap<>();
        m.view().nodes().forEach(n -> labels.put(n.id(), n.label()));
        for (MapEdge edge : m.view().edges()) {
            List<Point> points = m.placement().routes().get(MapBoxes.edgeId(edge)).points();
            for (int i = 1; i < points.size(); i++) {
                if (distance(points.get(i - 1), points.get(i), mx, my) <= reach) {
                    return Optional.of(labels.get(edge.from()) + " \u2192 " + labels.get(edge.to()) + String.format(
                            Locale.ROOT, "%n%,d edges, %,d references", edge.edges(), edge.references()));
                }
            }
        }
        return Optional.empty();
    }

    private static double distance(Point a, Point b, double x, double y) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / length));
        return Math.hypot(x - (a.x() + t * dx), y - (a.y() + t * dy));
    }

    private void zoomAt(double factor, double x, double y) {
        double next = clamp(scale * factor);
        tx = x - (x - tx) * next / scale;
        ty = y - (y - ty) * next / scale;
        scale = next;
        redraw();
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }

    private static double headingRoom(LaidOutMap m) {
        return m.boxes().fontSize() * 2;
    }

    /** Draws the whole map with the current pan and zoom. */
    public void redraw() {
        frames++;
        labelled.clear();
        labelled.addAll(MapPainter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), map,
                looks, blastEdgesFrom, theme.palette(), new MapPainter.View(scale, tx, ty)));
    }

    /** Looks of a map with no emphasis (for callers that have no styles yet). */
    public static Map<String, Look> plain(LaidOutMap m) {
        Map<String, Look> plain = new HashMap<>();
        m.view().nodes().forEach(n -> plain.put(n.id(), Look.PLAIN));
        return plain;
    }

    static Map<String, Look> looksOf(MapViewModel.Shown s, dev.interopatlas.app.core.appearance.NodeStyles styles) {
        return MapAppearance.of(s.map(), s.expansion(), s.laid().view(), styles);
    }
}
