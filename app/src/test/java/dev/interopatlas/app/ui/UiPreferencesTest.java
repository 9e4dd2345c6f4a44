package dev.interopatlas.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.load.DirectoryLoader;
import dev.interopatlas.app.core.load.IndexFileLoader;
import dev.interopatlas.app.core.load.SyntheticLoader;
import dev.interopatlas.app.ui.layout.Pane;
import dev.interopatlas.app.ui.layout.PaneLayout;
import dev.interopatlas.styles.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiPreferencesTest {
    private final UiPreferences prefs = new UiPreferences(Preferences.userRoot().node("dev/interopatlas/prefs-test"));

    @AfterEach
    void clear() {
        prefs.clear();
    }

    @Test
    void recentListPutsLatestFirstWithoutDuplicatesAndIsBounded() {
        for (int i = 0; i < 10; i++) {
            prefs.addRecent("/k/" + i);
        }
        prefs.addRecent("/k/5");
        List<String> recent = prefs.recent();
        assertEquals(UiPreferences.MAX_RECENT, recent.size());
        assertEquals(List.of("/k/5", "/k/9", "/k/8"), recent.subList(0, 3));
    }

    @Test
    void themeAndWindowBoundsAreRemembered() {
        assertEquals(Theme.LIGHT, prefs.theme());
        prefs.saveTheme(Theme.TALK);
        prefs.saveWindowBounds(new UiPreferences.Bounds(10, 20, 1200, 800, false));
        assertEquals(Theme.TALK, prefs.theme());
        assertEquals(new UiPreferences.Bounds(10, 20, 1200, 800, false), prefs.windowBounds().orElseThrow());
    }

    @Test
    void paneLayoutIsTheDefaultFirstThenWhatWasSavedSkippingUnknownPanes() {
        assertEquals(PaneLayout.DEFAULT, prefs.paneLayout());
        PaneLayout saved = new PaneLayout(Set.of(Pane.DETAILS, Pane.FILTERS), 0.2, 0.3, 0.25);
        prefs.savePaneLayout(saved);
        assertEquals(saved, new UiPreferences(Preferences.userRoot().node("dev/interopatlas/prefs-test")).paneLayout());
        Preferences.userRoot().node("dev/interopatlas/prefs-test").put("panes.collapsed", "DETAILS,MINIMAP");
        assertEquals(Set.of(Pane.DETAILS), prefs.paneLayout().collapsed());
        prefs.savePaneLayout(PaneLayout.DEFAULT.with(Pane.ANALYSIS, true));
        assertTrue(prefs.paneLayout().collapsed().isEmpty());
    }

    @Test
    void startupArgumentsChooseTheLoader(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("index.json"), "{}");
        assertInstanceOf(IndexFileLoader.class, StartupArguments.parse(List.of("open", json.toString())));
        assertInstanceOf(DirectoryLoader.class, StartupArguments.parse(List.of(dir.toString())));
        assertEquals(new SyntheticLoader(5000), StartupArguments.parse(List.of("--synthetic=5000")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StartupArguments.parse(List.of("--synthetic=lots")));
        assertTrue(e.getMessage().contains("lots"));
        assertThrows(IllegalArgumentException.class, () -> StartupArguments.parse(List.of("open")));
    }

    @Test
    void brokenIndexFileIsReportedByNameWithTheFix(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("index.json"), "{ not json");
        IOException e = assertThrows(IOException.class,
                () -> new IndexFileLoader(json).load(dev.interopatlas.indexer.progress.ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains(json.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("interop-atlas index"), e.getMessage());
    }
}
