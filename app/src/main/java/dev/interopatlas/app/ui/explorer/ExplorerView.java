package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.core.layout.NodePosition;
import dev.interopatlas.app.core.load.AtlasLoader;
import dev.interopatlas.app.core.load.AtlasLoaders;
import dev.interopatlas.app.core.load.IndexFileLoader;
import dev.interopatlas.app.core.load.SyntheticLoader;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.core.release.ReleaseContext;
import dev.interopatlas.app.core.release.ReleaseHistory;
import dev.interopatlas.app.core.search.SearchHit;
import dev.interopatlas.app.graphview.ForceLayout;
import dev.interopatlas.app.graphview.GraphView;
import dev.interopatlas.app.ui.BackgroundTask;
import dev.interopatlas.app.ui.ErrorDialog;
import dev.interopatlas.app.ui.UiPreferences;
import dev.interopatlas.app.ui.details.DetailsView;
import dev.interopatlas.app.ui.details.NodeDetails;
import dev.interopatlas.app.ui.readiness.AnalysisTabs;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.styles.Theme;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** The main window's content: menus, toolbar, filters, the graph, details and the status bar. */
public final class ExplorerView {
    private static final int SUGGESTIONS = 15;

    private final Stage stage;
    private final UiPreferences prefs;
    private final ExplorerViewModel vm = new ExplorerViewModel();
    private final GraphView graphView;
    private final DetailsView details = new DetailsView();
    private final BorderPane root = new BorderPane();
    private final TextField searchField = new TextField();
    private final Label statusLabel = new Label("Ready");
    private final Label contextLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancelButton = new Button("Cancel");
    private final Menu recentMenu = new Menu("Open _Recent");
    private final ReleaseBar releaseBar;
    private AnalysisTabs analysisTabs;
    private Optional<Map<String, NodePosition>> forceLayout = Optional.empty();
    private Optional<BackgroundTask<?>> running = Optional.empty();
    private Theme theme;
    private long lastRedrawMillis;
    private AutoCompletionBinding<SearchHit> completion;
    /** The label just chosen: typing it back into the field must not pop the suggestions up again. */
    private volatile String chosenLabel = "";

    public ExplorerView(Stage stage, UiPreferences prefs) {
        this.stage = stage;
        this.prefs = prefs;
        this.theme = prefs.theme();
        this.graphView = new GraphView(theme);
        root.setUserData(this);
        releaseBar = new ReleaseBar(vm, this::track);
        root.setTop(new VBox(menuBar(), toolBar(), releaseBar.node()));
        FilterPane filters = new FilterPane(vm, this::selectAndCentre);
        SplitPane centre = new SplitPane(filters.node(), withAnalysisTabs(graphView.node()), details.node());
        centre.setDividerPositions(0.17, 0.74);
        SplitPane.setResizableWithParent(filters.node(), false);
        SplitPane.setResizableWithParent(details.node(), false);
        root.setCenter(centre);
        root.setBottom(statusBar());
        details.setOnNavigate(this::selectAndCentre);
        graphView.setOnNodeClicked(vm::select);
        wireViewModel();
    }

    public Region node() {
        return root;
    }

    public ExplorerViewModel viewModel() {
        return vm;
    }

    /** The current view for File > Export…: the shown graph at its drawn positions, fading, theme and tree. */
    public dev.interopatlas.app.core.export.ViewSnapshot exportSnapshot() {
        dev.interopatlas.app.core.appearance.NodeStyles styles = vm.nodeStyles();
        dev.interopatlas.model.graph.InteropGraph visible = vm.visibleGraphProperty().get();
        java.util.Set<String> emphasised = new java.util.HashSet<>(styles.focus());
        emphasised.addAll(styles.blast());
        styles.selected().ifPresent(emphasised::add);
        java.util.Set<String> faded = new java.util.HashSet<>();
        if (styles.context()) {
            visible.nodes().stream().map(n -> n.id()).filter(id -> !emphasised.contains(id)).forEach(faded::add);
        }
        java.util.Optional<dev.interopatlas.model.index.KernelIndex> index = vm.atlasProperty().get()
                .map(LoadedAtlas::index);
        return new dev.interopatlas.app.core.export.ViewSnapshot(visible, graphView.positions(), faded, emphasised,
                styles.selected(), theme, graphView.drawnLabels(), index.map(i -> i.tree()).orElse("no tree"),
                index.flatMap(i -> i.release()));
    }

    public GraphView graphView() {
        return graphView;
    }

    public DetailsView details() {
        return details;
    }

    /** The release switch and diff controls (shown when a git repository is open). */
    public ReleaseBar releaseBar() {
        return releaseBar;
    }

    /** Installs the theme stylesheets and keyboard shortcuts on the window's scene. */
    public void install(Scene scene) {
        scene.getStylesheets().setAll(theme.stylesheets());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            searchField.requestFocus();
            searchField.selectAll();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), graphView::fit);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), graphView::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), graphView::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), graphView::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), graphView::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), releaseBar::previousRelease);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), releaseBar::nextRelease);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP), releaseBar::previousRelease);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN), releaseBar::nextRelease);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.clearContext();
                if (!typing) {
                    e.consume();
                }
            } else if (!typing && !e.isShortcutDown()) {
                switch (e.getCode()) {
                    case PLUS, ADD, EQUALS -> graphView.zoomIn();
                    case MINUS, SUBTRACT -> graphView.zoomOut();
                    case F -> vm.focusSelection();
                    case B -> vm.showBlastRadius();
                    default -> {
                        return;
                    }
                }
                e.consume();
            }
        });
    }

    /** Opens something in the background; the previous graph stays until the new one is ready. */
    public BackgroundTask<LoadedAtlas> open(AtlasLoader loader) {
        BackgroundTask<LoadedAtlas> task = new BackgroundTask<>("open", loader::load);
        long started = System.nanoTime();
        track(task, atlas -> {
            vm.setAtlas(atlas);
            if (!(loader instanceof SyntheticLoader)) {
                rememberRecent(loader.description());
            }
            return "opened in " + (System.nanoTime() - started) / 1_000_000 + " ms";
        }, "Could not open " + loader.description(), "Cancelled opening " + loader.description());
        return task;
    }

    /**
     * Shows a background task other than an open in the status bar (progress, Cancel); {@code done} runs on
     * success and returns the status text.
     */
    private <T> void track(BackgroundTask<T> task, java.util.function.Function<T, String> done) {
        track(task, done, "Failed: " + task.getTitle(), "Cancelled: " + task.getTitle());
    }

    /**
     * Runs a task with its progress and Cancel in the status bar, cancelling the one before; {@code done} runs on
     * success and returns the status text, {@code failure} titles the error dialog.
     */
    private <T> void track(BackgroundTask<T> task, java.util.function.Function<T, String> done, String failure,
                           String cancelled) {
        running.ifPresent(BackgroundTask::cancel);
        running = Optional.of(task);
        showProgress(task);
        task.setOnSucceeded(e -> {
            finished(task);
            String text = done.apply(task.getValue());
            vm.atlasProperty().get().ifPresent(a -> stage.setTitle("Interop Atlas \u2014 " + a.title()));
            statusLabel.setText(summary() + " \u2014 " + text);
        });
        task.setOnFailed(e -> {
            finished(task);
            statusLabel.setText(failure);
            ErrorDialog.show(stage, failure, task.getException());
        });
        task.setOnCancelled(e -> {
            finished(task);
            statusLabel.setText(cancelled);
        });
        task.start();
    }

    /** Coverage per release of the open repository, computed in the background (cached per commit). */
    private void showTimeline() {
        Optional<ReleaseContext> release = vm.atlasProperty().get().flatMap(LoadedAtlas::release);
        if (release.isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, "The timeline needs a git repository with release"
                    + " tags (vX.Y). Open one with File \u25b8 Open (Ctrl+O); the bundled sample is one.",
                    ButtonType.OK);
            alert.initOwner(stage);
            alert.setHeaderText("No release history open");
            alert.show();
            return;
        }
        ReleaseHistory history = release.get().history();
        BackgroundTask<dev.interopatlas.model.history.Timeline> task = new BackgroundTask<>(
                "Computing the release timeline of " + history.name(), history::timeline);
        track(task, timeline -> {
            dev.interopatlas.app.ui.timeline.TimelineWindow.show(stage, history.name(), timeline);
            return "timeline of " + timeline.releases().size() + " releases";
        });
    }

    /** The status bar follows the task: its message, its progress and a Cancel button; {@link #finished} undoes it. */
    private void showProgress(BackgroundTask<?> task) {
        statusLabel.textProperty().bind(task.messageProperty());
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        cancelButton.setVisible(true);
        cancelButton.setOnAction(e -> task.cancel());
    }

    private void finished(BackgroundTask<?> task) {
        if (running.filter(t -> t == task).isPresent()) {
            running = Optional.empty();
        }
        statusLabel.textProperty().unbind();
        progress.progressProperty().unbind();
        progress.setVisible(false);
        cancelButton.setVisible(false);
    }

    private void wireViewModel() {
        vm.visibleGraphProperty().addListener((o, a, visible) -> redraw(visible, a.nodes().isEmpty()));
        vm.collapseHeadersProperty().addListener((o, a, b) -> forceLayout = Optional.empty());
        vm.atlasProperty().addListener((o, a, b) -> forceLayout = Optional.empty());
        vm.stylesVersionProperty().addListener((o, a, b) -> {
            graphView.applyStyles(vm.nodeStyles());
            updateContextLabel();
        });
        vm.selectedProperty().addListener((o, a, id) -> details.show(
                id.flatMap(vm.shownIndex()::node).map(n -> NodeDetails.of(vm.shownIndex(), n,
                        vm.atlasProperty().get().map(LoadedAtlas::index))),
                vm.atlasProperty().get().flatMap(LoadedAtlas::tree)));
    }

    private void redraw(InteropGraph visible, boolean fresh) {
        long t0 = System.nanoTime();
        graphView.show(visible, forceLayout.orElse(vm.layout()), vm.shownIndex()::inDegree);
        if (fresh) {
            graphView.fit();
        }
        lastRedrawMillis = (System.nanoTime() - t0) / 1_000_000;
        if (!statusLabel.textProperty().isBound()) {
            statusLabel.setText(summary() + " \u2014 drawn in " + lastRedrawMillis + " ms");
        }
    }

    /** How long the last graph update took on the FX thread (filters, collapse). */
    public long lastRedrawMillis() {
        return lastRedrawMillis;
    }

    private String summary() {
        return graphView.nodeCount() + " nodes, " + graphView.edgeCount() + " edges shown of "
                + vm.shownIndex().size() + " nodes";
    }

    private void updateContextLabel() {
        Map<String, Integer> focus = vm.focusSet();
        String text = "";
        if (!focus.isEmpty()) {
            text = "Focus: " + vm.hopsProperty().get() + " hop(s), " + focus.size() + " nodes (Esc clears)";
        } else if (vm.blastProperty().get().isPresent()) {
            text = "Blast radius: " + vm.blastProperty().get().get().reached().size() + " nodes (Esc clears)";
        }
        contextLabel.setText(text);
    }

    private void selectAndCentre(String id) {
        vm.select(id);
        graphView.centreOn(id);
    }

    private void choose(SearchHit hit) {
        chosenLabel = hit.node().label();
        // The completion rewrites the field, which would pop the list up again: close it and hand the keys to the graph.
        javafx.application.Platform.runLater(() -> {
            completion.getAutoCompletionPopup().hide();
            graphView.node().requestFocus();
        });
        if (!vm.visibleGraphProperty().get().nodes().contains(hit.node())) {
            statusLabel.setText(hit.node().label() + " is hidden by the filters");
        }
        selectAndCentre(hit.node().id());
    }

    private ToolBar toolBar() {
        searchField.setId("searchField");
        searchField.setPromptText("Search headers, symbols, modules, drivers (Ctrl+F)");
        searchField.setPrefColumnCount(32);
        completion = TextFields.bindAutoCompletion(searchField,
                request -> request.getUserText().equals(chosenLabel) ? List.of()
                        : vm.search(request.getUserText(), SUGGESTIONS), new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(SearchHit hit) {
                        return hit.node().label();
                    }

                    @Override
                    public SearchHit fromString(String text) {
                        return vm.search(text, 1).stream().findFirst().orElse(null);
                    }
                });
        completion.setVisibleRowCount(12);
        // Suggestions fetched for text typed before a choice arrive late; never show them once the field is left.
        completion.getAutoCompletionPopup().setOnShown(e -> {
            if (!searchField.isFocused()) {
                javafx.application.Platform.runLater(() -> completion.getAutoCompletionPopup().hide());
            }
        });
        completion.setOnAutoCompleted(e -> choose(e.getCompletion()));
        searchField.setOnAction(e -> {
            List<SearchHit> hits = vm.search(searchField.getText(), 1);
            if (hits.isEmpty()) {
                statusLabel.setText("No match for \u201c" + searchField.getText() + "\u201d");
            } else {
                choose(hits.get(0));
            }
        });
        Spinner<Integer> hops = new Spinner<>(1, 6, 1);
        hops.setId("hopsSpinner");
        hops.setPrefWidth(70);
        hops.getValueFactory().valueProperty().addListener((o, a, b) -> vm.hopsProperty().set(b));
        hops.setTooltip(new Tooltip("Hops of the focus neighbourhood"));
        Button focus = button("focusButton", "Focus (F)", "Show the n-hop neighbourhood of the selection, fade the rest", vm::focusSelection);
        Button blast = button("blastButton", "Blast radius (B)", "Everything in Rust that depends on the selection", vm::showBlastRadius);
        Button clear = button("clearButton", "Clear (Esc)", "Back to the whole graph", vm::clearContext);
        Button zoomIn = button("zoomInButton", "+", "Zoom in (+)", graphView::zoomIn);
        Button zoomOut = button("zoomOutButton", "\u2212", "Zoom out (\u2212)", graphView::zoomOut);
        Button fit = button("fitButton", "Fit", "Show the whole graph (Ctrl+0)", graphView::fit);
        contextLabel.setId("contextLabel");
        return new ToolBar(searchField, new Label("Hops"), hops, focus, blast, clear, zoomIn, zoomOut, fit, contextLabel);
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private HBox statusBar() {
        statusLabel.setId("statusLabel");
        progress.setId("progressBar");
        progress.setVisible(false);
        progress.setPrefWidth(180);
        cancelButton.setId("cancelButton");
        cancelButton.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, statusLabel, spacer, progress, cancelButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("_Open Kernel Tree or Git Repository\u2026");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseDirectory());
        MenuItem openIndex = new MenuItem("Open _Index File\u2026");
        openIndex.setOnAction(e -> chooseIndexFile());
        MenuItem synthetic = new MenuItem("Open _Synthetic Graph (10,000 nodes)");
        synthetic.setOnAction(e -> open(new SyntheticLoader(10_000)));
        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        refreshRecent(prefs.recent());
        MenuItem export = new MenuItem("_Export\u2026");
        export.setId("exportMenuItem");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> new dev.interopatlas.app.ui.export.ExportDialog(stage, exportSnapshot(),
                dev.interopatlas.app.ui.export.ExportDialog.preferences()).show());
        Menu file = new Menu("_File", null, open, openIndex, recentMenu, synthetic, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);

        Menu themes = new Menu("_Theme");
        ToggleGroup themeGroup = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.title());
            item.setId("theme-" + t.name());
            item.setToggleGroup(themeGroup);
            item.setSelected(t == theme);
            item.setOnAction(e -> setTheme(t));
            themes.getItems().add(item);
        }
        Menu layout = new Menu("_Layout");
        ToggleGroup layoutGroup = new ToggleGroup();
        RadioMenuItem layered = new RadioMenuItem("_Layered (columns)");
        layered.setToggleGroup(layoutGroup);
        layered.setSelected(true);
        layered.setOnAction(e -> {
            forceLayout = Optional.empty();
            redraw(vm.visibleGraphProperty().get(), false);
            graphView.fit();
        });
        RadioMenuItem force = new RadioMenuItem("_Force-directed");
        force.setToggleGroup(layoutGroup);
        force.setOnAction(e -> runForceLayout());
        layout.getItems().addAll(layered, force);
        MenuItem fit = new MenuItem("_Fit Graph");
        fit.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        fit.setOnAction(e -> graphView.fit());
        MenuItem timeline = new MenuItem("Release _Timeline\u2026");
        timeline.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        timeline.setOnAction(e -> showTimeline());
        Menu view = new Menu("_View", null, themes, layout, fit, heatMenuItem(),
                new SeparatorMenuItem(), timeline);

        MenuItem about = new MenuItem("_About Interop Atlas");
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, "Maps the Linux kernel's Rust/C boundary by static analysis:"
                    + " C headers \u2192 bindings \u2192 Rust abstractions \u2192 consumers.", ButtonType.OK);
            a.initOwner(stage);
            a.setHeaderText("Interop Atlas");
            a.show();
        });
        Menu help = new Menu("_Help", null, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        return bar;
    }

    // Issue 5: unsafe hotspots and readiness tabs below the graph; they filter and select through the view model.
    private Region withAnalysisTabs(Region graph) {
        analysisTabs = new AnalysisTabs(stage,
                new AnalysisTabs.Explorer(vm.atlasProperty(), vm.filterProperty(), vm::shownIndex),
                this::selectAndCentre);
        SplitPane split = new SplitPane(graph, analysisTabs.node());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.7); // the graph first; the tables are a drag away
        return split;
    }

    /** The menu item that toggles unsafe heat colouring of the graph. */
    private MenuItem heatMenuItem() {
        CheckMenuItem heat = new CheckMenuItem("Unsafe _Heat");
        heat.setId("heatMenuItem");
        heat.selectedProperty().bindBidirectional(vm.heatProperty());
        return heat;
    }

    public AnalysisTabs analysisTabs() {
        return analysisTabs;
    }

    private void setTheme(Theme next) {
        theme = next;
        prefs.saveTheme(next);
        if (stage.getScene() != null) {
            stage.getScene().getStylesheets().setAll(next.stylesheets());
        }
        graphView.setTheme(next);
    }

    private void runForceLayout() {
        InteropGraph shown = vm.shownIndex().graph();
        BackgroundTask<Map<String, NodePosition>> task = new BackgroundTask<>("force layout", monitor -> {
            monitor.beginTask("Force layout of " + shown.nodes().size() + " nodes", ProgressMonitor.UNKNOWN);
            return ForceLayout.compute(shown, shown.nodes().size() > 3000 ? 60 : 300, monitor::isCancelled);
        });
        showProgress(task);
        task.setOnSucceeded(e -> {
            finished(task);
            forceLayout = Optional.of(task.getValue());
            redraw(vm.visibleGraphProperty().get(), false);
            graphView.fit();
        });
        task.setOnFailed(e -> {
            finished(task);
            ErrorDialog.show(stage, "Force layout failed", task.getException());
        });
        task.setOnCancelled(e -> finished(task));
        task.start();
    }

    private void chooseDirectory() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a kernel tree or a git repository with release tags");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            open(AtlasLoaders.forPath(dir.toPath()));
        }
    }

    private void chooseIndexFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an index written by `interop-atlas index`");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Index JSON", "*.json"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            open(new IndexFileLoader(file.toPath()));
        }
    }

    private void rememberRecent(String path) {
        refreshRecent(prefs.addRecent(path));
    }

    private void refreshRecent(List<String> recent) {
        recentMenu.getItems().clear();
        for (String path : recent) {
            MenuItem item = new MenuItem(path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(AtlasLoaders.forPath(Path.of(path))));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recent.isEmpty());
    }

}
