package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.core.map.GroupBy;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.core.release.ReleaseContext;
import dev.interopatlas.app.core.release.ReleaseHistory;
import dev.interopatlas.app.ui.BackgroundTask;
import dev.interopatlas.app.ui.WindowChrome;
import dev.interopatlas.app.ui.timeline.TimelineWindow;
import dev.interopatlas.model.history.Timeline;
import dev.interopatlas.styles.Theme;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/** The explorer's menus: File (open, recent, export, quit), View (theme, layout, fit, heat, timeline), Help. */
final class ExplorerMenuBar {
    /** What the View and File menus ask the window to do. */
    record Actions(Runnable export, Consumer<Theme> theme, Runnable layered, Runnable force, Runnable fit,
                   MapActions map) {
    }

    /** The View menu's map entries: the overview, a crate's path, grouping, and the full graph instead. */
    record MapActions(Runnable overview, Runnable cratePath, javafx.beans.property.ObjectProperty<GroupBy> groupBy,
                      javafx.beans.property.BooleanProperty classic) {
    }

    private final Stage stage;
    private final ExplorerViewModel vm;
    private final StatusArea status;
    private final MenuBar bar;

    ExplorerMenuBar(Stage stage, ExplorerViewModel vm, StatusArea status, FileActions files, Theme theme,
                    Actions actions) {
        this.stage = stage;
        this.vm = vm;
        this.status = status;
        MenuItem export = item("_Export\u2026", KeyCode.E, actions.export());
        export.setId("exportMenuItem");
        MenuItem quit = item("_Quit", KeyCode.Q, stage::close);
        Menu file = new Menu("_File");
        file.getItems().addAll(files.menuItems());
        file.getItems().addAll(new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);
        Menu view = new Menu("_View", null, mapItems(actions.map()), themes(theme, actions.theme()), layouts(actions),
                item("_Fit", KeyCode.DIGIT0, actions.fit()), heat(), new SeparatorMenuItem(),
                item("Release _Timeline\u2026", KeyCode.T, this::showTimeline));
        MenuItem about = new MenuItem("_About Interop Atlas");
        about.setId("aboutMenuItem");
        about.setOnAction(e -> inform("Interop Atlas", "Maps the Linux kernel's Rust/C boundary by static analysis:"
                + " C headers \u2192 bindings \u2192 Rust abstractions \u2192 consumers."));
        bar = new MenuBar(file, view, new Menu("_Help", null, about));
        bar.setId("menuBar");
    }

    MenuBar node() {
        return bar;
    }

    private static MenuItem item(String text, KeyCode shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Menu mapItems(MapActions map) {
        MenuItem overview = new MenuItem("Map _Overview");
        overview.setId("mapOverviewMenuItem");
        overview.setAccelerator(new KeyCodeCombination(KeyCode.HOME, KeyCombination.ALT_DOWN));
        overview.setOnAction(e -> map.overview().run());
        MenuItem crate = new MenuItem("_Crate Path to C\u2026");
        crate.setId("cratePathMenuItem");
        crate.setOnAction(e -> map.cratePath().run());
        ToggleGroup grouping = new ToggleGroup();
        Menu groupBy = new Menu("_Group C Side By");
        for (GroupBy g : GroupBy.values()) {
            RadioMenuItem item = new RadioMenuItem(g == GroupBy.DIRECTORY ? "_Directory" : "_MAINTAINERS Section");
            item.setId("groupBy-" + g.name());
            item.setToggleGroup(grouping);
            item.setSelected(g == map.groupBy().get());
            item.setOnAction(e -> map.groupBy().set(g));
            map.groupBy().addListener((o, a, b) -> item.setSelected(b == g));
            groupBy.getItems().add(item);
        }
        CheckMenuItem classic = new CheckMenuItem("Full Graph (_Classic)");
        classic.setId("classicMenuItem");
        classic.selectedProperty().bindBidirectional(map.classic());
        Menu menu = new Menu("_Map", null, overview, crate, groupBy, new SeparatorMenuItem(), classic);
        menu.setId("mapMenu");
        return menu;
    }

    private static Menu themes(Theme current, Consumer<Theme> choose) {
        Menu themes = new Menu("_Theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.title());
            item.setId("theme-" + t.name());
            item.setToggleGroup(group);
            item.setSelected(t == current);
            item.setOnAction(e -> choose.accept(t));
            themes.getItems().add(item);
        }
        return themes;
    }

    private static Menu layouts(Actions actions) {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem layered = new RadioMenuItem("_Layered (columns)");
        layered.setToggleGroup(group);
        layered.setSelected(true);
        layered.setOnAction(e -> actions.layered().run());
        RadioMenuItem force = new RadioMenuItem("_Force-directed");
        force.setToggleGroup(group);
        force.setOnAction(e -> actions.force().run());
        return new Menu("_Layout", null, layered, force);
    }

    /** Toggles unsafe heat colouring of the graph. */
    private MenuItem heat() {
        CheckMenuItem heat = new CheckMenuItem("Unsafe _Heat");
        heat.setId("heatMenuItem");
        heat.selectedProperty().bindBidirectional(vm.heatProperty());
        return heat;
    }

    /** Coverage per release of the open repository, computed in the background (cached per commit). */
    private void showTimeline() {
        Optional<ReleaseContext> release = vm.atlasProperty().get().flatMap(LoadedAtlas::release);
        if (release.isEmpty()) {
            inform("No release history open", "The timeline needs a git repository with release tags (vX.Y)."
                    + " Open one with File \u25b8 Open (Ctrl+O); the bundled sample is one.");
            return;
        }
        ReleaseHistory history = release.get().history();
        status.track(new BackgroundTask<Timeline>("Computing the release timeline of " + history.name(),
                history::timeline), timeline -> {
                    TimelineWindow.show(stage, history.name(), timeline);
                    return "timeline of " + timeline.releases().size() + " releases";
                });
    }

    private void inform(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText(header);
        WindowChrome.style(alert, stage); // the talk theme's fonts reach About and the timeline notes too
        alert.show();
    }
}
