package dev.interopatlas.app.ui.map;

import dev.interopatlas.app.core.PhaseClock;
import dev.interopatlas.app.core.appearance.NodeStyles;
import dev.interopatlas.app.core.export.Captions;
import dev.interopatlas.app.core.map.GroupBy;
import dev.interopatlas.app.core.map.GroupSummary;
import dev.interopatlas.app.core.map.MapAppearance.Look;
import dev.interopatlas.app.core.map.MapAppearance;
import dev.interopatlas.app.core.map.MapEntry;
import dev.interopatlas.app.core.map.MapNode;
import dev.interopatlas.app.core.map.MapRequest;
import dev.interopatlas.app.core.map.SectionLookup;
import dev.interopatlas.app.core.map.layout.ElkMapLayout;
import dev.interopatlas.app.core.map.svg.MapExport;
import dev.interopatlas.app.ui.map.MapViewModel.Shown;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.styles.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The map on screen: a breadcrumbs bar (the view, then the open groups above the selection; a click closes back to
 * one) over the {@link MapCanvas}. Open a group with a double-click, Enter or its context menu; close the group
 * around the selection with Backspace (or Shift+Enter, or the menu). The explorer's selection, focus, blast radius,
 * heat and diff marks are drawn on the boxes that hold those nodes ({@link MapAppearance}).
 */
public final class MapPane {
    /**
     * What the map needs of the explorer (passed in, so this package does not depend on the explorer's): the
     * selected node, the emphasis to draw and when it changes, and how to select a node (an unknown id clears).
     */
    public record Explorer(ObjectProperty<Optional<String>> selected, Supplier<NodeStyles> styles,
                           ReadOnlyIntegerProperty stylesVersion, Consumer<String> select) {
    }

    private static final int TOP_MEMBERS = 12;

    private final Explorer explorer;
    private final MapViewModel vm;
    private final MapCanvas canvas;
    private final HBox crumbs = new HBox(4);
    /** The group opened last: the breadcrumbs' end while nothing inside it is chosen. */
    private Optional<String> lastOpened = Optional.empty();
    private final Label boxesLabel = new Label();
    private final ChoiceBox<GroupBy> groupBy = new ChoiceBox<>();
    private final BorderPane root = new BorderPane();
    private final ContextMenu menu = new ContextMenu();
    private Optional<String> selectedGroup = Optional.empty();
    private Consumer<Optional<GroupSummary>> onGroupSelected = g -> { };
    private Consumer<String> status = s -> { };
    private long sourceSetAt;
    private MapScope lastScope;
    private GroupBy lastGroupBy;

    public MapPane(Explorer explorer, Theme theme, Supplier<SectionLookup> sections) {
        this.explorer = explorer;
        this.vm = new MapViewModel(sections, theme.fontSize());
        this.canvas = new MapCanvas(theme);
        crumbs.setId("mapBreadcrumbs");
        crumbs.setAlignment(Pos.CENTER_LEFT);
        boxesLabel.setId("mapBoxesLabel");
        boxesLabel.getStyleClass().add("hint");
        groupBy.setId("mapGroupBy");
        groupBy.getItems().setAll(GroupBy.values());
        groupBy.setValue(GroupBy.DIRECTORY);
        groupBy.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(GroupBy g) {
                return g == null ? "" : g == GroupBy.DIRECTORY ? "Group by directory" : "Group by MAINTAINERS section";
            }

            @Override
            public GroupBy fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        groupBy.setTooltip(new Tooltip("How C headers and bound symbols are grouped"));
        groupBy.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.groupBy()) {
                vm.setGroupBy(b);
            }
        });
        Button home = new Button("\u2302 Home");
        home.setId("mapHomeButton");
        home.setTooltip(new Tooltip("Back to the overview of all groups (Home)"));
        home.setOnAction(e -> showOverview());
        home.setFocusTraversable(false);
        groupBy.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, home, crumbs, spacer, boxesLabel, groupBy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 6, 3, 6));
        bar.getStyleClass().add("map-bar");
        root.setTop(bar);
        root.setCenter(canvas);
        root.setId("mapPane");
        canvas.setOnClick(this::clicked);
        canvas.setOnOpen(this::open);
        canvas.setOnMenu(this::showMenu);
        canvas.setOnKeyPressed(e -> {
            Optional<String> box = selectedBox();
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && box.isPresent()) {
                open(box.get());
            } else if ((e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.ENTER && e.isShiftDown())
                    && box.isPresent()) {
                closeAround(box.get());
            } else if (e.getCode() == KeyCode.HOME) {
                showOverview();
            } else {
                return;
            }
            e.consume();
        });
        vm.shownProperty().addListener((o, a, shown) -> shown.ifPresent(this::draw));
        explorer.stylesVersion().addListener((o, a, b) -> restyle());
        explorer.selected().addListener((o, a, id) -> {
            if (id.isPresent()) {
                selectedGroup = Optional.empty();
                revealIfHidden(id.get());
            }
            updateCrumbs();
        });
    }

    public Region node() {
        return root;
    }

    /**
     * Runs ELK a few times on a made-up graph, on a daemon thread: its first layouts in a JVM load classes and run
     * interpreted (about 0.7 s for the sample's 22 boxes), which would otherwise delay the first map.
     */
    public static void warmUpLayout() {
        Thread warm = new Thread(ElkMapLayout::warmUp, "atlas-elk-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    public MapCanvas canvas() {
        return canvas;
    }

    public MapViewModel viewModel() {
        return vm;
    }

    /** Called with a group's summary when a group is selected, and with empty when a group selection ends. */
    public void setOnGroupSelected(Consumer<Optional<GroupSummary>> handler) {
        onGroupSelected = handler;
    }

    /** Where the map says what it did (a layout's time). */
    public void setStatus(Consumer<String> handler) {
        status = handler;
    }

    /** The graph to map changed (opened, filtered, diffed). */
    public void setSource(InteropGraph graph) {
        sourceSetAt = System.nanoTime();
        vm.setSource(graph);
    }

    public void setTheme(Theme theme) {
        canvas.setTheme(theme);
        vm.setFontSize(theme.fontSize());
    }

    public void showOverview() {
        clearGroupSelection();
        vm.show(MapScope.OVERVIEW);
    }

    public void showSection(String section) {
        clearGroupSelection();
        vm.show(MapScope.section(section));
    }

    public void showCrate(String crate) {
        clearGroupSelection();
        vm.show(MapScope.crate(crate));
    }

    /** View ▸ Map ▸ Crate Path to C: asks which consumer crate of the graph, then shows its path. */
    public void chooseCrate(javafx.stage.Window owner) {
        List<String> crates = vm.current().map(s -> s.source().nodes().stream()
                .filter(n -> n.kind() == NodeKind.CONSUMER).map(dev.interopatlas.model.graph.Node::label).sorted()
                .distinct().toList()).orElse(List.of());
        if (crates.isEmpty()) {
            status.accept("No consumer crate in this tree");
            return;
        }
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(
                crates.contains("nova_core") ? "nova_core" : crates.get(0), crates);
        dialog.initOwner(owner);
        dialog.setTitle("Crate path to C");
        dialog.setHeaderText("Which crate's path to C?");
        dialog.showAndWait().ifPresent(this::showCrate);
    }

    /** A selected group stops being selected, and the details pane goes back to the selected node, if any. */
    private void clearGroupSelection() {
        if (selectedGroup.isPresent()) {
            selectedGroup = Optional.empty();
            onGroupSelected.accept(Optional.empty());
        }
    }

    public void setGroupBy(GroupBy next) {
        groupBy.setValue(next);
    }

    /** How the C side is grouped: the map bar's choice, which the View menu follows and sets. */
    public javafx.beans.property.ObjectProperty<GroupBy> groupByProperty() {
        return groupBy.valueProperty();
    }

    /** Selects graph node {@code id} and brings it into view, opening the groups that hide it. */
    public void reveal(String id) {
        if (vm.reveal(id).isEmpty()) {
            vm.current().ifPresent(s -> canvas.centreOn(Set.of(s.map().drawnAs(id, s.expansion()))));
        }
    }

    /** What File ▸ Export… writes while the map is shown: this map, its emphasised boxes, a title for the view. */
    public MapExportView exportView(Optional<KernelIndex> index) {
        Shown s = vm.current().orElseThrow(() -> new IllegalStateException("no map shown"));
        String tree = index.map(KernelIndex::tree).orElse("no tree");
        Optional<String> release = index.flatMap(KernelIndex::release);
        MapRequest request = new MapRequest(s.groupBy(), List.of(),
                s.scope().kind() == MapScope.Kind.SECTION ? s.scope().name() : Optional.empty(),
                s.scope().kind() == MapScope.Kind.CRATE ? s.scope().name() : Optional.empty());
        Set<String> marked = new HashSet<>();
        looks(s).forEach((id, look) -> {
            if (look.emphasised()) {
                marked.add(id);
            }
        });
        return new MapExportView(s.laid(), marked, MapExport.defaultTitle(request,
                release.orElse(Captions.treeName(tree))), Captions.of(tree, release, LocalDate.now()));
    }

    /**
     * A node selected from outside the map (a details link, a hotspot row, an impact path) that sits inside closed
     * groups gets them opened, so the selection is always drawn itself; the view stays where it is.
     */
    private void revealIfHidden(String id) {
        vm.current().filter(s -> s.map().node(id).isPresent() && !s.map().drawnAs(id, s.expansion()).equals(id))
                .ifPresent(s -> vm.reveal(id));
    }

    public void fit() {
        canvas.fit();
    }

    /** The box drawn selected: a selected group, or the box that holds the selected node. */
    public Optional<String> selectedBox() {
        if (selectedGroup.isPresent()) {
            return selectedGroup;
        }
        return explorer.selected().get().flatMap(id -> vm.current().filter(s -> s.map().node(id).isPresent())
                .map(s -> s.map().drawnAs(id, s.expansion())));
    }

    private void draw(Shown shown) {
        boolean newView = !canvas.map().map(m -> m.view().nodes().size()).isPresent()
                || !shown.scope().equals(lastScope) || shown.groupBy() != lastGroupBy;
        lastScope = shown.scope();
        lastGroupBy = shown.groupBy();
        canvas.show(shown.laid(), looks(shown));
        if (newView) {
            canvas.fitReadable();
            if (!shown.centre().isEmpty()) {
                canvas.panToShow(shown.centre());
            }
        } else if (shown.centre().isEmpty()) {
            canvas.fitReadable();
        } else {
            canvas.centreOn(Set.copyOf(shown.centre().stream().map(id -> shown.map().node(id).isPresent()
                    ? shown.map().drawnAs(id, shown.expansion()) : id).toList()));
        }
        if (selectedGroup.filter(id -> !shown.laid().placement().boxes().containsKey(id)).isPresent()) {
            clearGroupSelection();
        }
        boxesLabel.setText(String.format(java.util.Locale.ROOT, "%d boxes of %,d nodes",
                shown.laid().view().nodes().size(), shown.map().graph().nodes().size()));
        updateCrumbs();
        if (sourceSetAt != 0) {
            long ms = (System.nanoTime() - sourceSetAt) / 1_000_000;
            sourceSetAt = 0;
            PhaseClock.mark("map first frame, " + ms + " ms after the graph was set"); // launch to first map
        }
        status.accept(shown.scope().title() + ": " + shown.laid().view().nodes().size() + " boxes laid out in "
                + shown.millis() + " ms");
    }

    private Map<String, Look> looks(Shown shown) {
        Map<String, Look> looks = new HashMap<>(MapAppearance.of(shown.map(), shown.expansion(),
                shown.laid().view(), explorer.styles().get()));
        selectedGroup.ifPresent(id -> looks.computeIfPresent(id, (k, l) -> new Look(true, l.focus(), l.blast(),
                false, l.heat(), l.change())));
        return looks;
    }

    private void restyle() {
        vm.current().ifPresent(s -> canvas.setLooks(looks(s)));
    }

    /** Selects a box as a click does: a member selects its node, a group shows its summary. */
    public void selectBox(String id) {
        clicked(Optional.of(id));
    }

    /** Opens a group in place, as a double-click does. */
    public void openGroup(String id) {
        open(id);
    }

    private void clicked(Optional<String> box) {
        Optional<Shown> shown = vm.current();
        if (box.isEmpty() || shown.isEmpty()) {
            return;
        }
        if (shown.get().map().node(box.get()).isPresent()) {
            selectedGroup = Optional.empty();
            onGroupSelected.accept(Optional.empty());
            explorer.select().accept(box.get());
        } else {
            explorer.select().accept("");
            selectedGroup = box;
            onGroupSelected.accept(Optional.of(GroupSummary.of(shown.get().map(), box.get(), TOP_MEMBERS)));
            restyle();
            updateCrumbs();
        }
    }

    private void open(String box) {
        vm.current().filter(s -> s.map().hierarchy().entry(box).map(MapEntry::group).orElse(false))
                .ifPresent(s -> {
                    clearGroupSelection();
                    lastOpened = Optional.of(box);
                    vm.expand(box);
                });
    }

    private void closeAround(String box) {
        vm.openGroupAbove(box).ifPresent(this::closeBackTo);
    }

    /** Closes {@code group} (and what it holds) and selects it: Backspace, the menu and a breadcrumb. */
    private void closeBackTo(String group) {
        selectedGroup = Optional.of(group);
        vm.collapse(group);
        vm.current().ifPresent(s -> onGroupSelected.accept(Optional.of(GroupSummary.of(s.map(), group,
                TOP_MEMBERS))));
    }

    private void showMenu(Optional<String> box, Point2D at) {
        menu.hide();
        menu.getItems().clear();
        Optional<Shown> shown = vm.current();
        if (shown.isEmpty()) {
            return;
        }
        if (box.isPresent()) {
            clicked(box);
            Optional<MapNode> node = shown.get().laid().view().nodes().stream().filter(n -> n.id().equals(box.get()))
                    .findFirst();
            if (node.map(MapNode::group).orElse(false)) {
                menu.getItems().add(item("mapOpenGroup", "Open \u201c" + node.get().label() + "\u201d", "Enter",
                        () -> open(box.get())));
            }
            vm.openGroupAbove(box.get()).flatMap(g -> shown.get().map().hierarchy().entry(g)).ifPresent(g ->
                    menu.getItems().add(item("mapCloseGroup", "Close \u201c" + g.label() + "\u201d", "Backspace",
                            () -> closeAround(box.get()))));
            node.flatMap(MapNode::member).filter(n -> n.kind() == NodeKind.CONSUMER).ifPresent(n -> menu.getItems()
                    .add(item("mapCratePath", "Path to C of " + n.label(), "", () -> showCrate(n.label()))));
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().addAll(item("mapOverview", "Overview", "Home", this::showOverview),
                item("mapFit", "Fit", "Ctrl+0", canvas::fit));
        menu.show(canvas, at.getX(), at.getY());
    }

    /** A menu item that names its key after the text, e.g. "Fit    (Ctrl+0)"; no key: {@code ""}. */
    private static MenuItem item(String id, String text, String key, Runnable action) {
        MenuItem item = new MenuItem(key.isEmpty() ? text : text + "    (" + key + ")");
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The view's name, then the open groups above the selection, each a link that closes back to it. */
    private void updateCrumbs() {
        crumbs.getChildren().clear();
        Optional<Shown> shown = vm.current();
        if (shown.isEmpty()) {
            return;
        }
        Shown s = shown.get();
        Label scope = new Label(s.scope().title());
        scope.getStyleClass().add("section-title");
        crumbs.getChildren().add(scope);
        Optional<String> box = selectedBox();
        // nothing chosen yet in the group just opened: the crumbs lead to it, it included
        Optional<String> opened = box.isPresent() ? Optional.empty() : lastOpened.filter(s.expansion()::isExpanded);
        List<MapEntry> open = new ArrayList<>(box.or(() -> opened)
                .map(id -> s.expansion().breadcrumbs(s.map().hierarchy(), id)).orElse(List.of()));
        opened.flatMap(s.map().hierarchy()::entry).ifPresent(open::add);
        for (MapEntry group : open) {
            Hyperlink link = new Hyperlink(group.label());
            link.getStyleClass().add("map-crumb");
            link.setTooltip(new Tooltip("Close back to " + group.label()));
            link.setOnAction(e -> closeBackTo(group.id()));
            link.setFocusTraversable(false);
            crumbs.getChildren().addAll(new Label("\u25b8"), link);
        }
    }
}
