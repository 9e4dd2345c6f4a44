package dev.interopatlas.app.ui.readiness;

import dev.interopatlas.app.core.load.DirectoryLoader;
import dev.interopatlas.app.core.load.LoadedAtlas;
import dev.interopatlas.app.core.query.GraphFilter;
import dev.interopatlas.app.ui.BackgroundTask;
import dev.interopatlas.app.ui.ErrorDialog;
import dev.interopatlas.app.ui.explorer.ExplorerViewModel;
import dev.interopatlas.app.ui.hotspots.HotspotsView;
import dev.interopatlas.app.ui.hotspots.HotspotsViewModel;
import dev.interopatlas.app.ui.hotspots.SourceWindow;
import dev.interopatlas.indexer.analysis.ReadinessHistory;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.indexer.history.VersionOrder;
import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.index.KernelIndex;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

/**
 * The analysis tabs under the graph (unsafe hotspots, readiness) and their wiring to the explorer: they
 * recompute in the background whenever a tree is opened or a release is added for comparison, a hotspot row
 * selects its node and opens its source, and a readiness row narrows the graph to its MAINTAINERS section.
 */
public final class AnalysisTabs {
    /** Another release loaded only to compare with. */
    public record ComparedRelease(String label, KernelIndex index, Optional<MaintainersIndex> maintainers) {
    }

    /** How long each view took to compute, for the status line and the report. */
    public record LoadTimes(long maintainersMillis, long hotspotsMillis, long readinessMillis) {
    }

    private final Stage stage;
    private final ExplorerViewModel explorer;
    private final Consumer<String> selectAndCentre;
    private final HotspotsViewModel hotspotsVm = new HotspotsViewModel();
    private final ReadinessViewModel readinessVm = new ReadinessViewModel();
    private final HotspotsView hotspotsView = new HotspotsView(hotspotsVm);
    private final ReadinessView readinessView = new ReadinessView(readinessVm);
    private final TabPane tabs = new TabPane();
    private final List<ComparedRelease> compared = new ArrayList<>();
    private Optional<BackgroundTask<LoadTimes>> running = Optional.empty();
    private Optional<SourceWindow> sourceWindow = Optional.empty();
    private Optional<LoadTimes> lastLoadTimes = Optional.empty();

    public AnalysisTabs(Stage stage, ExplorerViewModel explorer, Consumer<String> selectAndCentre) {
        this.stage = stage;
        this.explorer = explorer;
        this.selectAndCentre = selectAndCentre;
        Tab hotspots = new Tab("Unsafe hotspots", hotspotsView.node());
        hotspots.setId("hotspotsTab");
        Tab readiness = new Tab("Readiness", readinessView.node());
        readiness.setId("readinessTab");
        tabs.getTabs().addAll(hotspots, readiness);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("analysisTabs");
        hotspotsView.setOnOpen(this::openHotspot);
        readinessView.addReleaseButton().setOnAction(e -> chooseRelease());
        readinessVm.graphSectionProperty().addListener((o, a, section) -> applySubsystem(section));
        explorer.atlasProperty().addListener((o, a, atlas) -> atlas.ifPresent(x -> reload()));
    }

    public TabPane node() {
        return tabs;
    }

    public HotspotsView hotspotsView() {
        return hotspotsView;
    }

    public ReadinessView readinessView() {
        return readinessView;
    }

    public HotspotsViewModel hotspotsViewModel() {
        return hotspotsVm;
    }

    public ReadinessViewModel readinessViewModel() {
        return readinessVm;
    }

    public Optional<SourceWindow> sourceWindow() {
        return sourceWindow;
    }

    /** Timings of the last completed load. */
    public Optional<LoadTimes> lastLoadTimes() {
        return lastLoadTimes;
    }

    /** The menu item that toggles unsafe heat colouring of the graph (for the View menu). */
    public static MenuItem heatMenuItem(ExplorerViewModel explorer) {
        CheckMenuItem heat = new CheckMenuItem("Unsafe _Heat");
        heat.setId("heatMenuItem");
        heat.selectedProperty().bindBidirectional(explorer.heatProperty());
        return heat;
    }

    /** Recomputes both views for the loaded atlas (and the compared releases) off the FX thread. */
    public BackgroundTask<LoadTimes> reload() {
        running.ifPresent(BackgroundTask::cancel);
        Optional<LoadedAtlas> atlas = explorer.atlasProperty().get();
        readinessVm.graphSectionProperty().set(Optional.empty());
        hotspotsView.showStatus("Ranking unsafe code\u2026");
        readinessView.showStatus("Analysing MAINTAINERS sections\u2026");
        List<ComparedRelease> others = List.copyOf(compared);
        BackgroundTask<LoadTimes> task = new BackgroundTask<>("analysis", monitor -> {
            if (atlas.isEmpty()) {
                return new LoadTimes(0, 0, 0);
            }
            return compute(atlas.get(), others, monitor::isCancelled);
        });
        running = Optional.of(task);
        task.setOnSucceeded(e -> {
            lastLoadTimes = Optional.of(task.getValue());
            LoadTimes t = task.getValue();
            hotspotsView.showLoadTime(t.maintainersMillis() + t.hotspotsMillis());
            readinessView.showLoadTime(t.maintainersMillis() + t.readinessMillis());
        });
        task.setOnFailed(e -> {
            hotspotsView.showStatus("Analysis failed: " + task.getException().getMessage());
            readinessView.showStatus("Analysis failed: " + task.getException().getMessage());
        });
        return task.start();
    }

    /** Runs on the background thread; hands each view its data as soon as it is ready. */
    private LoadTimes compute(LoadedAtlas atlas, List<ComparedRelease> others,
                              java.util.function.BooleanSupplier cancelled) {
        long t0 = System.nanoTime();
        Optional<MaintainersIndex> maintainers = Optional.empty();
        String maintainersProblem = "No kernel tree open (an index file has no MAINTAINERS): readiness needs the tree.";
        if (atlas.tree().isPresent()) {
            try {
                maintainers = Optional.of(MaintainersIndex.load(atlas.tree().get()));
            } catch (Exception e) {
                maintainersProblem = e.getMessage();
            }
        }
        Optional<SubsystemMapping> mapping = maintainers.map(m -> new SubsystemMapping(m.matcher()));
        long t1 = System.nanoTime();
        String currentLabel = label(atlas.index(), atlas.title());
        List<ComparedRelease> candidates = new ArrayList<>(repositoryReleasesBefore(atlas, cancelled));
        others.stream().filter(o -> candidates.stream().noneMatch(c -> c.label().equals(o.label())))
                .forEach(candidates::add);
        List<ComparedRelease> older = candidates.stream()
                .filter(r -> VersionOrder.INSTANCE.compare(r.label(), currentLabel) < 0)
                .sorted(Comparator.comparing(ComparedRelease::label, VersionOrder.INSTANCE)).toList();
        Optional<ComparedRelease> previous = older.isEmpty() ? Optional.empty()
                : Optional.of(older.get(older.size() - 1));
        HotspotsViewModel.Data hotspots = HotspotsViewModel.compute(atlas.index(),
                previous.map(ComparedRelease::index), previous.map(ComparedRelease::label), mapping);
        long t2 = System.nanoTime();
        if (cancelled.getAsBoolean()) {
            return new LoadTimes(0, 0, 0);
        }
        Platform.runLater(() -> {
            hotspotsVm.setData(hotspots);
            hotspotsView.dataChanged();
        });
        ReadinessViewModel.Data readiness = ReadinessViewModel.Data.EMPTY;
        if (maintainers.isPresent()) {
            List<ReadinessHistory.Release> releases = new ArrayList<>();
            older.stream().filter(r -> r.maintainers().isPresent()).forEach(r -> releases.add(
                    new ReadinessHistory.Release(r.label(), r.index(), r.maintainers().get())));
            releases.add(new ReadinessHistory.Release(currentLabel, atlas.index(), maintainers.get()));
            readiness = new ReadinessViewModel.Data(Optional.of(ReadinessHistory.analyze(releases)), mapping);
        }
        long t3 = System.nanoTime();
        ReadinessViewModel.Data readinessData = readiness;
        String problem = maintainersProblem;
        if (!cancelled.getAsBoolean()) {
            Platform.runLater(() -> {
                readinessVm.setData(readinessData);
                if (readinessData.history().isEmpty()) {
                    readinessView.showStatus(problem);
                }
                readinessView.dataChanged();
            });
        }
        return new LoadTimes((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }

    /** How many earlier releases of an open repository the views compare with (sparklines, change column). */
    static final int REPOSITORY_RELEASES_COMPARED = 2;

    /**
     * The releases of the open repository just before the shown one, read through its blob cache, so a
     * repository shows changes and trends without "Add release…".
     */
    private static List<ComparedRelease> repositoryReleasesBefore(LoadedAtlas atlas,
                                                                  java.util.function.BooleanSupplier cancelled) {
        if (atlas.release().isEmpty()) {
            return List.of();
        }
        dev.interopatlas.app.core.release.ReleaseHistory history = atlas.release().get().history();
        List<String> all = history.releases();
        int current = all.indexOf(atlas.release().get().release());
        List<ComparedRelease> releases = new ArrayList<>();
        for (String name : all.subList(Math.max(0, current - REPOSITORY_RELEASES_COMPARED), Math.max(0, current))) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            try {
                LoadedAtlas loaded = history.load(name, dev.interopatlas.indexer.progress.ProgressMonitor.NONE);
                Optional<MaintainersIndex> maintainers = Optional.empty();
                if (loaded.tree().isPresent()) {
                    try {
                        maintainers = Optional.of(MaintainersIndex.load(loaded.tree().get()));
                    } catch (Exception e) {
                        maintainers = Optional.empty(); // an old release without MAINTAINERS: no readiness point
                    }
                }
                releases.add(new ComparedRelease(name, loaded.index(), maintainers));
            } catch (Exception e) {
                break; // the shown release still gets its views; the comparison just stops here
            }
        }
        return releases;
    }

    private static String label(KernelIndex index, String fallback) {
        return index.release().orElse(fallback);
    }

    /** Adds a release to compare with: indexes it in the background, then recomputes both views. */
    public BackgroundTask<ComparedRelease> addRelease(Path root) {
        readinessView.showStatus("Indexing " + root + " to compare with\u2026");
        BackgroundTask<ComparedRelease> task = new BackgroundTask<>("compare", monitor -> {
            LoadedAtlas atlas = new DirectoryLoader(root).load(monitor);
            Optional<MaintainersIndex> maintainers = Optional.empty();
            if (atlas.tree().isPresent()) {
                SourceTree tree = atlas.tree().get();
                try {
                    maintainers = Optional.of(MaintainersIndex.load(tree));
                } catch (Exception e) {
                    maintainers = Optional.empty();
                }
            }
            String fallback = root.getFileName() == null ? root.toString() : root.getFileName().toString();
            return new ComparedRelease(label(atlas.index(), fallback), atlas.index(), maintainers);
        });
        task.setOnSucceeded(e -> {
            ComparedRelease added = task.getValue();
            compared.removeIf(r -> r.label().equals(added.label()));
            compared.add(added);
            reload();
        });
        task.setOnFailed(e -> ErrorDialog.show(stage, "Could not index " + root, task.getException()));
        return task.start();
    }

    private void chooseRelease() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add an older release of the kernel to compare with");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            addRelease(dir.toPath());
        }
    }

    private void openHotspot(Hotspot row) {
        hotspotsVm.nodeOf(explorer.shownIndex(), row).ifPresent(selectAndCentre);
        Optional<SourceTree> tree = explorer.atlasProperty().get().flatMap(LoadedAtlas::tree);
        if (tree.isEmpty()) {
            return;
        }
        SourceWindow window = sourceWindow.orElseGet(() -> new SourceWindow(stage));
        sourceWindow = Optional.of(window);
        window.open(tree.get(), row.path(), row.line());
    }

    private void applySubsystem(Optional<String> section) {
        Optional<GraphFilter.Subsystem> subsystem = section.flatMap(s -> readinessVm.data().mapping()
                .map(m -> new GraphFilter.Subsystem(s, m)));
        GraphFilter current = explorer.filterProperty().get();
        if (!current.subsystem().equals(subsystem)) {
            explorer.filterProperty().set(current.withSubsystem(subsystem));
        }
    }
}
