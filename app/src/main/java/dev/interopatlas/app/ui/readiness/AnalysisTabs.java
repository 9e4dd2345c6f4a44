package dev.interopatlas.app.ui.readiness;

import dev.interopatlas.app.core.analysis.AnalysisRun.LoadTimes;
import dev.interopatlas.app.core.analysis.AnalysisRun;
import dev.interopatlas.app.core.analysis.ComparedRelease;
import dev.interopatlas.app.core.analysis.HotspotTable;
import dev.interopatlas.app.core.analysis.ReadinessData;
import dev.interopatlas.app.core.query.GraphFilter;
import dev.interopatlas.app.core.query.GraphIndex;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.ui.BackgroundTask;
import dev.interopatlas.app.ui.ErrorDialog;
import dev.interopatlas.app.ui.TaskSlot;
import dev.interopatlas.app.ui.hotspots.HotspotsView;
import dev.interopatlas.app.ui.hotspots.HotspotsViewModel;
import dev.interopatlas.app.ui.hotspots.SourceWindow;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.analysis.Hotspot;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
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
    /**
     * What the tabs need of the explorer: the explored atlas, the graph filter a readiness row narrows, and the
     * shown graph a hotspot row selects in (passed in, so this package does not depend on the explorer's).
     */
    public record Explorer(ReadOnlyObjectProperty<Optional<LoadedAtlas>> atlas, ObjectProperty<GraphFilter> filter,
                           Supplier<GraphIndex> shownIndex) {
    }

    private final Stage stage;
    private final Explorer explorer;
    private final Consumer<String> selectAndCentre;
    private final HotspotsViewModel hotspotsVm = new HotspotsViewModel();
    private final ReadinessViewModel readinessVm = new ReadinessViewModel();
    private final HotspotsView hotspotsView = new HotspotsView(hotspotsVm);
    private final ReadinessView readinessView = new ReadinessView(readinessVm);
    private final TabPane tabs = new TabPane();
    private final List<ComparedRelease> compared = new ArrayList<>();
    /** The analysis of the shown atlas; a newer atlas or compared release replaces it and drops its results. */
    private final TaskSlot analysis = new TaskSlot();
    private Optional<SourceWindow> sourceWindow = Optional.empty();
    private Optional<LoadTimes> lastLoadTimes = Optional.empty();

    public AnalysisTabs(Stage stage, Explorer explorer, Consumer<String> selectAndCentre) {
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
        explorer.atlas().addListener((o, a, atlas) -> atlas.ifPresent(x -> reload()));
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

    /** Recomputes both views for the loaded atlas (and the compared releases) off the FX thread. */
    public BackgroundTask<LoadTimes> reload() {
        Optional<LoadedAtlas> atlas = explorer.atlas().get();
        readinessVm.graphSectionProperty().set(Optional.empty());
        hotspotsView.showStatus("Ranking unsafe code\u2026");
        readinessView.showStatus("Analysing MAINTAINERS sections\u2026");
        List<ComparedRelease> others = List.copyOf(compared);
        return analysis.start(new BackgroundTask<>("analysis", task -> atlas.isEmpty() ? LoadTimes.NONE
                : AnalysisRun.compute(atlas.get(), others, task::isCancelled, new ShownResults(task))), times -> {
                    lastLoadTimes = Optional.of(times);
                    hotspotsView.showLoadTime(times.maintainersMillis() + times.hotspotsMillis());
                    readinessView.showLoadTime(times.maintainersMillis() + times.readinessMillis());
                }, error -> {
                    hotspotsView.showStatus("Analysis failed: " + error.getMessage());
                    readinessView.showStatus("Analysis failed: " + error.getMessage());
                });
    }

    /** Shows each result as it comes, through the task so a result of a replaced analysis is dropped. */
    private final class ShownResults implements AnalysisRun.Results {
        private final BackgroundTask<LoadTimes> task;

        ShownResults(BackgroundTask<LoadTimes> task) {
            this.task = task;
        }

        @Override
        public void hotspots(HotspotTable table) {
            task.publish(() -> {
                hotspotsVm.setData(table);
                hotspotsView.dataChanged();
            });
        }

        @Override
        public void readiness(ReadinessData data, String problem) {
            task.publish(() -> {
                readinessVm.setData(data);
                if (data.history().isEmpty()) {
                    readinessView.showStatus(problem);
                }
                readinessView.dataChanged();
            });
        }
    }

    /** Adds a release to compare with: indexes it in the background, then recomputes both views. */
    public BackgroundTask<ComparedRelease> addRelease(Path root) {
        readinessView.showStatus("Indexing " + root + " to compare with\u2026");
        BackgroundTask<ComparedRelease> task = new BackgroundTask<>("compare",
                monitor -> AnalysisRun.compareWith(root, monitor));
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
        hotspotsVm.nodeOf(explorer.shownIndex().get(), row).ifPresent(selectAndCentre);
        Optional<SourceTree> tree = explorer.atlas().get().flatMap(LoadedAtlas::tree);
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
        GraphFilter current = explorer.filter().get();
        if (!current.subsystem().equals(subsystem)) {
            explorer.filter().set(current.withSubsystem(subsystem));
        }
    }
}
