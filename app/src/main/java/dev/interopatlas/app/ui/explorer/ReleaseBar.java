package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.core.diff.GraphDiff;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.core.release.ReleaseContext;
import dev.interopatlas.app.core.release.ReleaseHistory;
import dev.interopatlas.app.ui.BackgroundTask;
import dev.interopatlas.app.ui.explorer.ExplorerViewModel.DiffBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The toolbar row shown while a release of a git repository is open: the release switch (Alt+Left/Alt+Right or
 * PageUp/PageDown step through releases), the diff toggle, the diff base (the previous release or a chosen one)
 * and the diff legend with its counts. Releases and bases are indexed on background tasks.
 */
public final class ReleaseBar {
    /** The base choice meaning "the release before the one shown". */
    public static final String PREVIOUS = "previous release";

    /** Runs a background task in the window's status bar; {@code done} gives the status text on success. */
    @FunctionalInterface
    public interface Tracker {
        <T> void track(BackgroundTask<T> task, Function<T, String> done);
    }

    private record Switched(LoadedAtlas atlas, Optional<DiffBase> base, long millis) {
    }

    private final ExplorerViewModel vm;
    private final Tracker tracker;
    private final ToolBar bar = new ToolBar();
    private final ComboBox<String> releases = new ComboBox<>();
    private final ToggleButton diff = new ToggleButton("Diff");
    private final ComboBox<String> base = new ComboBox<>();
    private final Label legendAdded = new Label("\u25cf added");
    private final Label legendRemoved = new Label("\u25cb removed");
    private final Label diffSummary = new Label();
    private boolean updating;
    private long lastSwitchMillis = -1;

    public ReleaseBar(ExplorerViewModel vm, Tracker tracker) {
        this.vm = vm;
        this.tracker = tracker;
        releases.setId("releaseCombo");
        releases.setTooltip(new Tooltip("Release shown (Alt+Left / Alt+Right)"));
        releases.setFocusTraversable(false);
        releases.setOnAction(e -> {
            if (!updating && releases.getValue() != null) {
                switchTo(releases.getValue());
            }
        });
        diff.setId("diffToggle");
        diff.setTooltip(new Tooltip("Colour what this release added and show what it removed as ghosts"));
        diff.setFocusTraversable(false);
        diff.selectedProperty().addListener((o, a, on) -> {
            if (!on) {
                vm.diffActiveProperty().set(false);
            } else {
                loadBaseThenDiff();
            }
        });
        base.setId("baseCombo");
        base.setTooltip(new Tooltip("Compare with"));
        base.setFocusTraversable(false);
        base.setOnAction(e -> {
            if (!updating && diff.isSelected()) {
                loadBaseThenDiff();
            }
        });
        legendAdded.getStyleClass().add("diff-added");
        legendRemoved.getStyleClass().add("diff-removed");
        diffSummary.setId("diffLabel");
        Label title = new Label("Release");
        Label versus = new Label("against");
        bar.getItems().addAll(title, releases, diff, versus, base, legendAdded, legendRemoved, diffSummary);
        bar.setId("releaseBar");
        vm.atlasProperty().addListener((o, a, b) -> refresh());
        vm.diffProperty().addListener((o, a, d) -> refreshLegend());
        vm.diffActiveProperty().addListener((o, a, on) -> {
            diff.setSelected(on);
            refreshLegend();
        });
        refresh();
    }

    public Region node() {
        return bar;
    }

    /** How long the last release switch took, from the choice to the new graph drawn (ms); -1 before any. */
    public long lastSwitchMillis() {
        return lastSwitchMillis;
    }

    public void previousRelease() {
        vm.release().flatMap(r -> r.history().previous(r.release())).ifPresent(this::switchTo);
    }

    public void nextRelease() {
        vm.release().flatMap(r -> r.history().next(r.release())).ifPresent(this::switchTo);
    }

    /** Indexes {@code release} (and the diff base it needs) in the background and shows it. */
    public void switchTo(String release) {
        Optional<ReleaseContext> current = vm.release();
        if (current.isEmpty() || current.get().release().equals(release)) {
            return;
        }
        ReleaseHistory history = current.get().history();
        boolean diffing = diff.isSelected();
        String baseChoice = base.getValue();
        long started = System.nanoTime();
        BackgroundTask<Switched> task = new BackgroundTask<>("switch to " + release, monitor -> {
            long t0 = System.nanoTime();
            LoadedAtlas atlas = history.load(release, monitor);
            Optional<DiffBase> diffBase = Optional.empty();
            if (diffing) {
                Optional<String> baseRelease = baseRelease(history, release, baseChoice);
                if (baseRelease.isPresent()) {
                    diffBase = Optional.of(new DiffBase(baseRelease.get(), history.index(baseRelease.get(), monitor)));
                }
            }
            return new Switched(atlas, diffBase, (System.nanoTime() - t0) / 1_000_000);
        });
        tracker.track(task, switched -> {
            vm.showRelease(switched.atlas(), switched.base());
            // From the choice to the new graph drawn (the redraw runs in the view model's listeners).
            lastSwitchMillis = (System.nanoTime() - started) / 1_000_000;
            return "switched to " + release + " in " + lastSwitchMillis + " ms (indexed in " + switched.millis()
                    + " ms)";
        });
    }

    private void loadBaseThenDiff() {
        Optional<ReleaseContext> current = vm.release();
        if (current.isEmpty()) {
            return;
        }
        ReleaseHistory history = current.get().history();
        Optional<String> baseRelease = baseRelease(history, current.get().release(), base.getValue());
        if (baseRelease.isEmpty()) {
            vm.diffBaseProperty().set(Optional.empty());
            vm.diffActiveProperty().set(true);
            return;
        }
        String name = baseRelease.get();
        if (vm.diffBaseProperty().get().filter(b -> b.release().equals(name)).isPresent()) {
            vm.diffActiveProperty().set(true);
            return;
        }
        BackgroundTask<DiffBase> task = new BackgroundTask<>("index " + name + " to compare",
                monitor -> new DiffBase(name, history.index(name, monitor)));
        tracker.track(task, loaded -> {
            vm.diffBaseProperty().set(Optional.of(loaded));
            vm.diffActiveProperty().set(true);
            return "comparing with " + name;
        });
    }

    private static Optional<String> baseRelease(ReleaseHistory history, String shown, String choice) {
        if (choice == null || choice.equals(PREVIOUS)) {
            return history.previous(shown);
        }
        return choice.equals(shown) ? Optional.empty() : Optional.of(choice);
    }

    private void refresh() {
        Optional<ReleaseContext> release = vm.release();
        bar.setVisible(release.isPresent());
        bar.setManaged(release.isPresent());
        if (release.isEmpty()) {
            return;
        }
        updating = true;
        try {
            List<String> names = release.get().history().releases();
            if (!releases.getItems().equals(names)) {
                releases.setItems(FXCollections.observableArrayList(names));
                List<String> bases = new ArrayList<>();
                bases.add(PREVIOUS);
                bases.addAll(names);
                base.setItems(FXCollections.observableArrayList(bases));
                base.setValue(PREVIOUS);
            }
            releases.setValue(release.get().release());
        } finally {
            updating = false;
        }
        refreshLegend();
    }

    private void refreshLegend() {
        Optional<GraphDiff> shown = vm.diffProperty().get();
        boolean on = vm.diffActiveProperty().get();
        legendAdded.setVisible(shown.isPresent());
        legendRemoved.setVisible(shown.isPresent());
        if (shown.isPresent()) {
            diffSummary.setText(shown.get().summary());
        } else if (on) {
            diffSummary.setText("nothing to compare with: no release before this one, or the base is this release");
        } else {
            diffSummary.setText("");
        }
    }
}
