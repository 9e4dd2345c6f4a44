package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.core.export.ViewSnapshot;
import dev.interopatlas.app.core.layout.NodePosition;
import dev.interopatlas.app.core.load.AtlasLoader;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.graphview.ForceLayout;
import dev.interopatlas.app.graphview.GraphView;
import dev.interopatlas.app.ui.BackgroundTask;
import dev.interopatlas.app.ui.UiPreferences;
import dev.interopatlas.app.ui.WindowChrome;
import dev.interopatlas.app.ui.details.DetailsView;
import dev.interopatlas.app.ui.details.NodeDetails;
import dev.interopatlas.app.ui.export.ExportDialog;
import dev.interopatlas.app.ui.impact.ImpactTab;
import dev.interopatlas.app.ui.layout.CollapsiblePanes;
import dev.interopatlas.app.ui.map.MapExportDialog;
import dev.interopatlas.app.ui.map.MapPane;
import dev.interopatlas.app.ui.map.TreeSections;
import dev.interopatlas.app.ui.readiness.AnalysisTabs;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.styles.Theme;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window's content, put together: menus, toolbar, release bar, filters, the graph with the analysis
 * tabs under it, details and the status area. Each part is its own class; this one wires them to the explorer's
 * ViewModel and draws the graph when what is visible changes.
 */
public final class ExplorerView {
    private final Stage stage;
    private final UiPreferences prefs;
    private final ExplorerViewModel vm = new ExplorerViewModel();
    private final GraphView graphView;
    private final DetailsView details = new DetailsView();
    private final BorderPane root = new BorderPane();
    private final StatusArea status;
    private final FileActions files;
    private final ExplorerToolBar toolBar;
    private final ReleaseBar releaseBar;
    private final AnalysisTabs analysisTabs;
    private final ImpactTab impactTab;
    private final LayoutChoice layout = new LayoutChoice();
    private final CollapsiblePanes panes;
    private final MapPane map;
    private final GraphArea graphArea;
    /** The full graph missed changes while the map was shown: draw it when it is shown again. */
    private boolean classicStale = true;
    private Theme theme;
    private long lastRedrawMillis;

    public ExplorerView(Stage stage, UiPreferences prefs) {
        this.stage = stage;
        this.prefs = prefs;
        this.theme = prefs.theme();
        this.graphView = new GraphView(theme);
        MapPane.warmUpLayout();
        TreeSections sections = new TreeSections(vm.atlasProperty());
        map = new MapPane(new MapPane.Explorer(vm.selectedProperty(), vm::nodeStyles, vm.stylesVersionProperty(),
                vm::select), theme, sections::lookup);
        graphArea = new GraphArea(graphView, map);
        status = new StatusArea(stage, this::summary, () -> vm.atlasProperty().get()
                .ifPresent(a -> stage.setTitle("Interop Atlas \u2014 " + a.title())));
        files = new FileActions(stage, vm, status, new RecentFiles(prefs));
        toolBar = new ExplorerToolBar(vm, graphArea, this::selectAndCentre, status::show);
        releaseBar = new ReleaseBar(vm, status);
        ExplorerMenuBar menus = new ExplorerMenuBar(stage, vm, status, files, theme, new ExplorerMenuBar.Actions(
                this::export, this::setTheme, this::useLayeredLayout, this::runForceLayout, graphArea::fit,
                new ExplorerMenuBar.MapActions(map::showOverview, () -> map.chooseCrate(stage), map.groupByProperty(),
                        graphArea.classicProperty())));
        root.setTop(new VBox(menus.node(), toolBar.node(), releaseBar.node()));
        analysisTabs = new AnalysisTabs(stage,
                new AnalysisTabs.Explorer(vm.atlasProperty(), vm.filterProperty(), vm::shownIndex),
                this::selectAndCentre);
        impactTab = new ImpactTab(stage, vm.atlasProperty(), vm.diffBaseReleaseProperty(), vm::highlightPath);
        analysisTabs.node().getTabs().add(impactTab.tab());
        FilterPane filters = new FilterPane(vm, this::selectAndCentre);
        SplitPane graphAndTables = new SplitPane(graphArea.node(), analysisTabs.node());
        graphAndTables.setOrientation(Orientation.VERTICAL);
        SplitPane centre = new SplitPane(filters.node(), graphAndTables, details.node());
        // Sizes, collapsed panes and their toggles: the graph first (CollapsiblePanes).
        panes = new CollapsiblePanes(centre, graphAndTables, filters.node(), analysisTabs.node(), details.node(), prefs);
        status.node().getChildren().add(panes.toggleBar());
        panes.addTo(menus.node());
        root.setCenter(centre);
        root.setBottom(status.node());
        details.setOnNavigate(this::selectAndCentre);
        graphView.setOnNodeClicked(vm::select);
        map.setOnGroupSelected(group -> group.ifPresentOrElse(details::showGroup,
                () -> showDetails(vm.selectedProperty().get())));
        map.setStatus(text -> {
            if (!graphArea.classic()) {
                status.show(summary() + " \u2014 " + text);
            }
        });
        analysisTabs.readinessViewModel().graphSectionProperty().addListener((o, a, section) -> section
                .ifPresentOrElse(map::showSection, map::showOverview));
        graphArea.classicProperty().addListener((o, a, classic) -> {
            if (classic && classicStale) {
                redraw(vm.visibleGraphProperty().get(), true);
            }
        });
        wireViewModel();
    }

    public Region node() {
        return root;
    }

    public ExplorerViewModel viewModel() {
        return vm;
    }

    public GraphView graphView() {
        return graphView;
    }

    /** The map, shown by default in the graph area. */
    public MapPane map() {
        return map;
    }

    /** Shows the full graph of every node instead of the map (View ▸ Map ▸ Full graph), or the map again. */
    public void showClassic(boolean classic) {
        graphArea.classicProperty().set(classic);
    }

    public DetailsView details() {
        return details;
    }

    /** The release switch and diff controls (shown when a git repository is open). */
    public ReleaseBar releaseBar() {
        return releaseBar;
    }

    /** The Impact tab (diff mode on a repository). */
    public ImpactTab impactTab() {
        return impactTab;
    }

    public AnalysisTabs analysisTabs() {
        return analysisTabs;
    }

    /** The collapsible filter, analysis and details panes. */
    public CollapsiblePanes panes() {
        return panes;
    }

    /** The current view for File > Export…: the shown graph at its drawn positions, fading, theme and tree. */
    public ViewSnapshot exportSnapshot() {
        return ViewSnapshots.of(vm, graphView, theme);
    }

    /** Installs the theme stylesheets and keyboard shortcuts on the window's scene. */
    public void install(Scene scene) {
        WindowChrome.apply(theme);
        scene.getStylesheets().setAll(theme.stylesheets());
        ExplorerShortcuts.install(scene, vm, graphArea, toolBar, releaseBar);
    }

    /** Opens something in the background; the previous graph stays until the new one is ready. */
    public BackgroundTask<LoadedAtlas> open(AtlasLoader loader) {
        return files.open(loader);
    }

    /** How long the last graph update took on the FX thread (filters, collapse). */
    public long lastRedrawMillis() {
        return lastRedrawMillis;
    }

    private void wireViewModel() {
        vm.visibleGraphProperty().addListener((o, a, visible) -> {
            map.setSource(vm.mapGraph());
            if (graphArea.classic()) {
                redraw(visible, a.nodes().isEmpty());
            } else {
                classicStale = true;
            }
        });
        vm.stylesVersionProperty().addListener((o, a, b) -> {
            graphView.applyStyles(vm.nodeStyles());
            toolBar.updateContext();
        });
        vm.selectedProperty().addListener((o, a, id) -> showDetails(id));
    }

    private void showDetails(java.util.Optional<String> id) {
        details.show(id.flatMap(vm.shownIndex()::node).map(n -> NodeDetails.of(vm.shownIndex(), n,
                vm.atlasProperty().get().map(LoadedAtlas::index))), vm.atlasProperty().get().flatMap(LoadedAtlas::tree));
    }

    private void redraw(InteropGraph visible, boolean fresh) {
        classicStale = false;
        long t0 = System.nanoTime();
        graphView.show(visible, layout.positions(vm.shownIndex().graph(), vm.layout()), vm.shownIndex()::inDegree);
        if (fresh) {
            graphView.fit();
        }
        lastRedrawMillis = (System.nanoTime() - t0) / 1_000_000;
        status.show(summary() + " \u2014 drawn in " + lastRedrawMillis + " ms");
    }

    private String summary() {
        if (!graphArea.classic()) {
            return map.viewModel().current().map(s -> String.format(java.util.Locale.ROOT, "%,d boxes for %,d of"
                    + " %,d nodes", s.laid().view().nodes().size(), s.map().graph().nodes().size(),
                    vm.shownIndex().size())).orElse("No map yet");
        }
        return graphView.nodeCount() + " nodes, " + graphView.edgeCount() + " edges shown of "
                + vm.shownIndex().size() + " nodes";
    }

    private void selectAndCentre(String id) {
        vm.select(id);
        graphArea.centreOn(id);
    }

    private void export() {
        if (!graphArea.classic() && map.viewModel().current().isPresent()) {
            new MapExportDialog(stage, map.exportView(vm.atlasProperty().get().map(LoadedAtlas::index)), theme,
                    ExportDialog.preferences())
                    .show();
            return;
        }
        new ExportDialog(stage, exportSnapshot(), ExportDialog.preferences()).show();
    }

    private void setTheme(Theme next) {
        theme = next;
        prefs.saveTheme(next);
        WindowChrome.apply(next);
        if (stage.getScene() != null) {
            stage.getScene().getStylesheets().setAll(next.stylesheets());
        }
        graphView.setTheme(next);
        map.setTheme(next);
    }

    private void useLayeredLayout() {
        layout.layered();
        redraw(vm.visibleGraphProperty().get(), false);
        graphView.fit();
    }

    /**
     * Computes a force-directed layout of the shown graph in the status area's slot: opening another tree there
     * cancels it, and positions of a graph no longer shown are never drawn ({@link LayoutChoice}).
     */
    BackgroundTask<Map<String, NodePosition>> runForceLayout() {
        InteropGraph shown = vm.shownIndex().graph();
        return status.run(new BackgroundTask<>("force layout", task -> {
            task.beginTask("Force layout of " + shown.nodes().size() + " nodes", ProgressMonitor.UNKNOWN);
            return ForceLayout.compute(shown, shown.nodes().size() > 3000 ? 60 : 300, task::isCancelled);
        }), positions -> {
            layout.force(shown, positions);
            redraw(vm.visibleGraphProperty().get(), false);
            graphView.fit();
            return "force layout of " + shown.nodes().size() + " nodes";
        }, "Force layout failed", "Cancelled the force layout");
    }
}
