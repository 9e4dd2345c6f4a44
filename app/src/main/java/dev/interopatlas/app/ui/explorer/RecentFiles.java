package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.ui.UiPreferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The ViewModel of File ▸ Open Recent: the paths opened before, most recent first, kept in the preferences. */
final class RecentFiles {
    private final UiPreferences prefs;
    private final ObservableList<String> paths = FXCollections.observableArrayList();

    RecentFiles(UiPreferences prefs) {
        this.prefs = prefs;
        paths.setAll(prefs.recent());
    }

    ObservableList<String> paths() {
        return paths;
    }

    void opened(String path) {
        paths.setAll(prefs.addRecent(path));
    }
}
