package dev.interopatlas.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.interopatlas.app.ui.layout.CollapsiblePanes;
import dev.interopatlas.app.ui.layout.Pane;
import dev.interopatlas.app.ui.layout.PaneLayout;
import dev.interopatlas.app.ui.testing.TestApplication;
import dev.interopatlas.styles.Theme;
import java.util.Locale;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The collapsible panes and the window chrome, in the real window: shortcuts, toggles, restart, theme switch. */
public class PanesWindowTest extends FxRobot {
    private static final String NODE = "dev/interopatlas/panes-test";
    private static final String[] ARGS = {"--synthetic=200"};
    private AtlasApplication app;

    /** A first start: nothing remembered. */
    public static final class FirstStart extends AtlasApplication {
        @Override
        protected UiPreferences preferences() {
            UiPreferences prefs = new UiPreferences(Preferences.userRoot().node(NODE));
            prefs.clear();
            return prefs;
        }
    }

    /** A restart: a fresh UiPreferences on what the last run left. */
    public static final class Restart extends AtlasApplication {
        @Override
        protected UiPreferences preferences() {
            return new UiPreferences(Preferences.userRoot().node(NODE));
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            TestApplication.stop(app);
        }
        new UiPreferences(Preferences.userRoot().node(NODE)).clear();
    }

    private CollapsiblePanes panes() {
        return app.explorer().panes();
    }

    /** The pane's content (the filter pane is looked up, so while it is in the window: the first start). */
    private Node paneNode(Pane pane) {
        return switch (pane) {
            case FILTERS -> lookup("#filterPane").query();
            case DETAILS -> app.explorer().details().node();
            case ANALYSIS -> app.explorer().analysisTabs().node();
        };
    }

    private java.util.Map<Pane, Node> paneNodes() {
        java.util.Map<Pane, Node> nodes = new java.util.EnumMap<>(Pane.class);
        for (Pane pane : Pane.values()) {
            nodes.put(pane, paneNode(pane));
        }
        return nodes;
    }

    /** Picks a theme as View > Theme does (the menu's radio item, fired). */
    private void chooseTheme(Theme theme) {
        javafx.scene.control.MenuBar bar = lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> i instanceof javafx.scene.control.Menu)
                .flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> ("theme-" + theme.name()).equals(i.getId())).findFirst().orElseThrow();
        interact(item::fire);
    }

    /** The graph area (the map or the full graph, whichever is shown). */
    private Bounds graphBounds() {
        Node graph = lookup("#graphArea").query();
        return graph.localToScene(graph.getLayoutBounds());
    }

    private SplitPane split(String id) {
        return lookup(id).queryAs(SplitPane.class);
    }

    /** Asserts {@code pane} is shown or collapsed: its toggle, menu state and place in the window agree. */
    private void assertShown(Pane pane, boolean shown, Node node) {
        assertEquals(shown, panes().isShown(pane), pane.name());
        assertEquals(shown, node.getScene() != null, pane + " in the window");
        assertEquals(shown, lookup("#toggle-" + pane.name().toLowerCase(Locale.ROOT))
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected(), pane + " toggle");
    }

    @Test
    void firstStartGivesTheGraphSeventyPercentOfTheWindowEachWay() throws Exception {
        app = TestApplication.started(FirstStart.class, ARGS);
        // Monocle's screen is 1280x800, so the window is 1280x800 here: the smaller of the two first-start sizes.
        Scene scene = app.explorer().node().getScene();
        Bounds graph = graphBounds();
        assertTrue(graph.getWidth() >= 0.7 * scene.getWidth(), graph.getWidth() + " of " + scene.getWidth());
        assertTrue(graph.getHeight() >= 0.7 * scene.getHeight(), graph.getHeight() + " of " + scene.getHeight());
        assertShown(Pane.FILTERS, true, paneNode(Pane.FILTERS));
        assertShown(Pane.DETAILS, true, paneNode(Pane.DETAILS));
        assertShown(Pane.ANALYSIS, false, paneNode(Pane.ANALYSIS));
    }

    @Test
    void eachPaneCollapsesAndComesBackByItsShortcut() throws Exception {
        app = TestApplication.started(FirstStart.class, ARGS);
        java.util.Map<Pane, Node> nodes = paneNodes();
        for (Pane pane : Pane.values()) {
            Node node = nodes.get(pane);
            boolean before = panes().isShown(pane);
            double area = graphBounds().getWidth() * graphBounds().getHeight();
            push(KeyCode.CONTROL, pane.key());
            WaitForAsyncUtils.waitForFxEvents();
            assertShown(pane, !before, node);
            double after = graphBounds().getWidth() * graphBounds().getHeight();
            assertTrue(before ? after > area : after < area, pane + ": graph " + area + " -> " + after);
            push(KeyCode.CONTROL, pane.key());
            WaitForAsyncUtils.waitForFxEvents();
            assertShown(pane, before, node);
        }
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        for (Pane pane : Pane.values()) {
            assertShown(pane, false, nodes.get(pane));
        }
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        for (Pane pane : Pane.values()) {
            assertShown(pane, true, nodes.get(pane));
        }
    }

    @Test
    void eachPaneCollapsesAndComesBackByItsToolbarToggle() throws Exception {
        app = TestApplication.started(FirstStart.class, ARGS);
        java.util.Map<Pane, Node> nodes = paneNodes();
        for (Pane pane : Pane.values()) {
            Node node = nodes.get(pane);
            boolean before = panes().isShown(pane);
            String toggle = "#toggle-" + pane.name().toLowerCase(Locale.ROOT);
            clickOn(toggle);
            WaitForAsyncUtils.waitForFxEvents();
            assertShown(pane, !before, node);
            clickOn(toggle);
            WaitForAsyncUtils.waitForFxEvents();
            assertShown(pane, before, node);
        }
    }

    @Test
    void collapsedPanesAndDividersSurviveARestart() throws Exception {
        app = TestApplication.started(FirstStart.class, ARGS);
        Node details = paneNode(Pane.DETAILS);
        push(KeyCode.CONTROL, KeyCode.I); // details collapsed
        clickOn("#toggle-analysis"); // tables shown
        WaitForAsyncUtils.waitForFxEvents();
        assertShown(Pane.DETAILS, false, details);
        interact(() -> {
            split("#centreSplit").setDividerPosition(0, 0.2); // as if the filter pane were dragged wider
            split("#graphSplit").setDividerPosition(0, 0.6);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TestApplication.stop(app);

        PaneLayout kept = new UiPreferences(Preferences.userRoot().node(NODE)).paneLayout();
        assertEquals(Set.of(Pane.DETAILS), kept.collapsed());
        assertEquals(0.2, kept.filtersWidth(), 0.01);
        assertEquals(0.4, kept.analysisHeight(), 0.01);

        app = TestApplication.started(Restart.class, ARGS);
        assertShown(Pane.DETAILS, false, app.explorer().details().node());
        assertShown(Pane.ANALYSIS, true, paneNode(Pane.ANALYSIS));
        assertShown(Pane.FILTERS, true, paneNode(Pane.FILTERS));
        assertEquals(0.2, split("#centreSplit").getDividerPositions()[0], 0.01);
        assertEquals(0.6, split("#graphSplit").getDividerPositions()[0], 0.01);
    }

    @Test
    void userAgentStylesheetFollowsTheThemeSwitch() throws Exception {
        app = TestApplication.started(FirstStart.class, ARGS);
        String light = new PrimerLight().getUserAgentStylesheet();
        String dark = new PrimerDark().getUserAgentStylesheet();
        assertNotNull(light);
        assertEquals(light, Application.getUserAgentStylesheet());
        for (Theme theme : new Theme[] {Theme.DARK, Theme.TALK, Theme.LIGHT}) {
            chooseTheme(theme);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(theme == Theme.LIGHT ? light : dark, Application.getUserAgentStylesheet(), theme.name());
            assertEquals(theme.stylesheets(), app.explorer().node().getScene().getStylesheets(), theme.name());
        }
        assertFalse(light.equals(dark));
    }

    /** Alerts of the menus (About) carry the window's stylesheets: in the talk theme, its large fonts. */
    @Test
    void aboutAlertCarriesTheTalkThemeStylesheets() throws Exception {
        app = TestApplication.started(FirstStart.class, ARGS);
        chooseTheme(Theme.TALK);
        javafx.scene.control.MenuBar bar = lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem about = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "aboutMenuItem".equals(i.getId())).findFirst().orElseThrow();
        interact(about::fire);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane pane = javafx.stage.Window.getWindows().stream()
                .map(javafx.stage.Window::getScene).filter(java.util.Objects::nonNull)
                .map(javafx.scene.Scene::getRoot).filter(javafx.scene.control.DialogPane.class::isInstance)
                .map(javafx.scene.control.DialogPane.class::cast).findFirst().orElseThrow();
        assertEquals(Theme.TALK.stylesheets(), pane.getStylesheets());
        interact(() -> ((javafx.stage.Stage) pane.getScene().getWindow()).close());
    }
}
