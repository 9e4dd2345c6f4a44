package dev.interopatlas.app.ui.impact;

import dev.interopatlas.app.core.analysis.ImpactRun;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.core.release.ReleaseContext;
import dev.interopatlas.app.core.release.ReleaseHistory;
import dev.interopatlas.app.ui.BackgroundTask;
import dev.interopatlas.app.ui.ErrorDialog;
import dev.interopatlas.app.ui.TaskSlot;
import dev.interopatlas.app.ui.hotspots.SourceWindow;
import dev.interopatlas.model.impact.RustReach;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;
import javafx.stage.Stage;

/**
 * The Impact tab and its wiring. In diff mode on a repository it compares the diff base with the shown release in
 * the background (progress and Cancel in the tab), when the tab is shown: a cold comparison of two kernel releases
 * takes a while, and nobody should pay for it who does not look. A newer pair of releases drops the older result
 * ({@link TaskSlot}). The explorer's state comes in as plain observables, so this package does not depend on it.
 */
public final class ImpactTab {
    private final Stage stage;
    private final ImpactViewModel vm;
    private final ImpactView view;
    private final Tab tab;
    private final ObservableValue<Optional<LoadedAtlas>> atlas;
    private final ObservableValue<Optional<String>> baseRelease;
    private final TaskSlot slot = new TaskSlot();
    /** What is shown or being computed; the same again (the tab shown anew) is not computed again. */
    private Optional<Shown> current = Optional.empty();
    private Optional<SourceWindow> sourceWindow = Optional.empty();

    /**
     * @param baseRelease the diff base's release while diff mode is on, else empty
     * @param highlight   emphasises graph node ids in the explorer (the chosen change's path)
     */
    public ImpactTab(Stage stage, ObservableValue<Optional<LoadedAtlas>> atlas,
                     ObservableValue<Optional<String>> baseRelease, Consumer<List<String>> highlight) {
        this.stage = stage;
        this.atlas = atlas;
        this.baseRelease = baseRelease;
        vm = new ImpactViewModel(highlight);
        view = new ImpactView(vm, this::openUse);
        tab = new Tab("Impact", view.node());
        tab.setId("impactTab");
        tab.setClosable(false);
        atlas.addListener((o, a, b) -> reload());
        baseRelease.addListener((o, a, b) -> reload());
        tab.selectedProperty().addListener((o, a, shown) -> reload());
        view.againButton().setOnAction(e -> reload()); // current was emptied when it stopped
        reload();
    }

    public Tab tab() {
        return tab;
    }

    public ImpactView view() {
        return view;
    }

    public ImpactViewModel viewModel() {
        return vm;
    }

    /** The running computation, if any (tests wait for it). */
    public Optional<BackgroundTask<?>> running() {
        return slot.running();
    }

    private void reload() {
        view.showAgain(false);
        Optional<LoadedAtlas> shown = atlas.getValue();
        ImpactRun.Plan plan = ImpactRun.plan(shown, baseRelease.getValue());
        if (plan.pair().isEmpty()) {
            slot.cancel();
            view.showProgress(false);
            current = Optional.empty();
            vm.clear(plan.why());
            return;
        }
        ImpactRun.Pair pair = plan.pair().get();
        Shown key = new Shown(shown.flatMap(LoadedAtlas::release).map(ReleaseContext::history).orElseThrow(), pair);
        if (current.equals(Optional.of(key))) {
            return;
        }
        if (!tab.isSelected()) {
            slot.cancel();
            view.showProgress(false);
            current = Optional.empty();
            vm.clear("Shows what the C changes from " + pair.from() + " to " + pair.to()
                    + " do to Rust when this tab is open.");
            return;
        }
        current = Optional.of(key);
        start(shown.get(), pair);
    }

    /** A pair of releases of one repository (the history compared by identity: another repository, another key). */
    private record Shown(ReleaseHistory history, ImpactRun.Pair pair) {
    }

    private void start(LoadedAtlas shown, ImpactRun.Pair pair) {
        vm.clear("Comparing the C declarations of " + pair.from() + " and " + pair.to() + "\u2026");
        BackgroundTask<ImpactRun.Outcome> task = new BackgroundTask<>("impact " + pair.from() + " \u2192 " + pair.to(),
                t -> ImpactRun.compute(shown, pair, t));
        view.progress().progressProperty().bind(task.progressProperty());
        view.status().textProperty().unbind();
        view.status().textProperty().bind(task.messageProperty());
        view.cancelButton().setOnAction(e -> task.cancel());
        view.showProgress(true);
        long t0 = System.nanoTime();
        slot.start(task, new TaskSlot.Outcome<>() {
            @Override
            public void succeeded(ImpactRun.Outcome outcome) {
                idle();
                vm.setReport(outcome.report());
                vm.statusProperty().set(vm.statusProperty().get() + " (" + (System.nanoTime() - t0) / 1_000_000
                        + " ms" + (outcome.warnings().isEmpty() ? "" : "; " + String.join("; ", outcome.warnings()))
                        + ")");
            }

            @Override
            public void failed(Throwable error) {
                idle();
                current = Optional.empty();
                String what = "Could not compare " + pair.from() + " with " + pair.to();
                vm.clear(what + ": " + error.getMessage());
                view.showAgain(true);
                ErrorDialog.show(stage, what, error);
            }

            @Override
            public void cancelled() {
                idle();
                current = Optional.empty();
                vm.clear("Cancelled the comparison of " + pair.from() + " with " + pair.to() + ".");
                view.showAgain(true);
            }
        });
    }

    private void idle() {
        view.status().textProperty().unbind();
        view.status().textProperty().bind(vm.statusProperty());
        view.showProgress(false);
    }

    /** Opens a Rust file that names the chosen declaration, in the hotspots' source window, at that line. */
    private void openUse(RustReach use) {
        atlas.getValue().flatMap(LoadedAtlas::tree).ifPresent(tree -> {
            SourceWindow window = sourceWindow.orElseGet(() -> new SourceWindow(stage));
            sourceWindow = Optional.of(window);
            window.open(tree, use.path(), use.line());
        });
    }
}
