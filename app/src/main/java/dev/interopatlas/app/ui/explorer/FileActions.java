package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.core.load.AtlasLoader;
import dev.interopatlas.app.core.load.AtlasLoaders;
import dev.interopatlas.app.core.load.IndexFileLoader;
import dev.interopatlas.app.core.load.SyntheticLoader;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.ui.BackgroundTask;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** What File ▸ Open… does: choose a tree, a repository or an index, open it in the background, remember it. */
final class FileActions {
    private final Stage stage;
    private final ExplorerViewModel vm;
    private final StatusArea status;
    private final RecentFiles recent;
    private final Menu recentMenu = new Menu("Open _Recent");

    FileActions(Stage stage, ExplorerViewModel vm, StatusArea status, RecentFiles recent) {
        this.stage = stage;
        this.vm = vm;
        this.status = status;
        this.recent = recent;
        recent.paths().addListener((javafx.collections.ListChangeListener<String>) c -> refreshRecent());
        refreshRecent();
    }

    /** Opens something in the background; the previous graph stays until the new one is ready. */
    BackgroundTask<LoadedAtlas> open(AtlasLoader loader) {
        long started = System.nanoTime();
        return status.run(new BackgroundTask<>("open", loader::load), atlas -> {
            vm.setAtlas(atlas);
            if (!(loader instanceof SyntheticLoader)) {
                recent.opened(loader.description());
            }
            return "opened in " + (System.nanoTime() - started) / 1_000_000 + " ms";
        }, "Could not open " + loader.description(), "Cancelled opening " + loader.description());
    }

    /** The File menu's open items: a tree or repository, an index file, a recent path, the synthetic graph. */
    List<MenuItem> menuItems() {
        MenuItem open = new MenuItem("_Open Kernel Tree or Git Repository\u2026");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseDirectory());
        MenuItem openIndex = new MenuItem("Open _Index File\u2026");
        openIndex.setOnAction(e -> chooseIndexFile());
        MenuItem synthetic = new MenuItem("Open _Synthetic Graph (10,000 nodes)");
        synthetic.setOnAction(e -> open(new SyntheticLoader(10_000)));
        return List.of(open, openIndex, recentMenu, synthetic);
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

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (String path : recent.paths()) {
            MenuItem item = new MenuItem(path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(AtlasLoaders.forPath(Path.of(path))));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recent.paths().isEmpty());
    }
}
