package dev.interopatlas.app.ui.layout;

import dev.interopatlas.app.ui.UiPreferences;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Collapses and restores the filter pane, the analysis tabs and the details pane around the graph, so the graph
 * can have the window. A collapsed pane leaves its split pane (the graph takes its room) and comes back at the
 * size it had. Each pane has a toggle in the status bar and a View menu entry with its shortcut ({@link Pane}); which
 * panes are collapsed and the divider positions are kept in {@link UiPreferences}.
 */
public final class CollapsiblePanes {
    /** Collapses every pane, or shows them all again when none is shown. */
    public static final KeyCombination GRAPH_ONLY =
            new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final SplitPane centre;
    private final SplitPane graphAndTables;
    private final Map<Pane, Node> nodes = new EnumMap<>(Pane.class);
    private final Map<Pane, BooleanProperty> shown = new EnumMap<>(Pane.class);
    private final UiPreferences prefs;
    private PaneLayout layout;

    /**
     * Takes over the layout of {@code centre} ([filters] graphAndTables [details]) and {@code graphAndTables}
     * (graph [analysis]), built with every pane in it, and applies the remembered layout.
     */
    public CollapsiblePanes(SplitPane centre, SplitPane graphAndTables, Node filters, Node analysis, Node details,
                            UiPreferences prefs) {
        this.centre = centre;
        this.graphAndTables = graphAndTables;
        this.prefs = prefs;
        centre.setId("centreSplit");
        graphAndTables.setId("graphSplit");
        nodes.put(Pane.FILTERS, filters);
        nodes.put(Pane.ANALYSIS, analysis);
        nodes.put(Pane.DETAILS, details);
        // Side panes keep their width when the window grows or shrinks; the graph takes the difference.
        SplitPane.setResizableWithParent(filters, false);
        SplitPane.setResizableWithParent(details, false);
        layout = prefs.paneLayout();
        for (Pane pane : Pane.values()) {
            BooleanProperty property = new SimpleBooleanProperty(layout.shown(pane));
            property.addListener((o, was, is) -> setShown(pane, is));
            shown.put(pane, property);
        }
        arrange();
    }

    /** Whether {@code pane} is shown; set it to collapse or restore the pane. */
    public BooleanProperty shownProperty(Pane pane) {
        return shown.get(pane);
    }

    public boolean isShown(Pane pane) {
        return shown.get(pane).get();
    }

    public void toggle(Pane pane) {
        shown.get(pane).set(!isShown(pane));
    }

    /** Collapses every shown pane; when none is shown, restores them all. */
    public void toggleGraphOnly() {
        boolean anyShown = shown.values().stream().anyMatch(BooleanProperty::get);
        for (Pane pane : Pane.values()) {
            shown.get(pane).set(!anyShown);
        }
    }

    /** The layout now, with the sizes read from the dividers. */
    public PaneLayout layout() {
        return measure();
    }

    /** Remembers the layout now (on a toggle, and when the application stops). */
    public void save() {
        prefs.savePaneLayout(measure());
    }

    /**
     * A toggle button per pane, joined as one pill-shaped group, for the right end of the status bar: there it
     * never falls into the toolbar's overflow, even at the talk theme's font size.
     */
    public Node toggleBar() {
        HBox group = new HBox();
        group.setId("paneToggles");
        group.setAlignment(Pos.CENTER_RIGHT);
        group.setMinWidth(Region.USE_PREF_SIZE);
        Pane[] panes = Pane.values();
        for (int i = 0; i < panes.length; i++) {
            Pane pane = panes[i];
            ToggleButton toggle = new ToggleButton(pane.buttonText());
            toggle.setId("toggle-" + pane.name().toLowerCase(Locale.ROOT));
            toggle.getStyleClass().addAll("pane-toggle",
                    i == 0 ? "left-pill" : i == panes.length - 1 ? "right-pill" : "center-pill");
            toggle.setFocusTraversable(false);
            toggle.setTooltip(new Tooltip("Show or hide " + pane.what() + " (" + pane.shortcut().getDisplayText()
                    + ")"));
            toggle.selectedProperty().bindBidirectional(shown.get(pane));
            group.getChildren().add(toggle);
        }
        return group;
    }

    /**
     * Adds the pane entries, with their shortcuts, to the menu bar's View menu (a menu of their own when there
     * is none). The shortcuts work through the menu's accelerators.
     */
    public void addTo(MenuBar bar) {
        Menu view = bar.getMenus().stream().filter(m -> "_View".equals(m.getText())).findFirst().orElseGet(() -> {
            Menu panes = new Menu("_Panes");
            bar.getMenus().add(panes);
            return panes;
        });
        view.getItems().add(new SeparatorMenuItem());
        for (Pane pane : Pane.values()) {
            CheckMenuItem item = new CheckMenuItem(pane.menuText());
            item.setId("menu-" + pane.name().toLowerCase(Locale.ROOT));
            item.setAccelerator(pane.shortcut());
            item.selectedProperty().bindBidirectional(shown.get(pane));
            view.getItems().add(item);
        }
        MenuItem graphOnly = new MenuItem("_Graph Only / All Panes");
        graphOnly.setId("menu-graph-only");
        graphOnly.setAccelerator(GRAPH_ONLY);
        graphOnly.setOnAction(e -> toggleGraphOnly());
        view.getItems().add(graphOnly);
    }

    private void setShown(Pane pane, boolean show) {
        if (layout.shown(pane) == show) {
            return;
        }
        layout = measure().with(pane, show);
        arrange();
        prefs.savePaneLayout(layout);
    }

    /**
     * Puts the shown panes into the split panes in their places and takes the collapsed ones out, touching only
     * them (the graph stays in the scene), then sets the dividers where the layout says.
     */
    private void arrange() {
        place(centre, nodes.get(Pane.FILTERS), layout.shown(Pane.FILTERS), true);
        place(centre, nodes.get(Pane.DETAILS), layout.shown(Pane.DETAILS), false);
        place(graphAndTables, nodes.get(Pane.ANALYSIS), layout.shown(Pane.ANALYSIS), false);
        centre.setDividerPositions(layout.centreDividers());
        graphAndTables.setDividerPositions(layout.tableDividers());
    }

    private static void place(SplitPane split, Node pane, boolean show, boolean first) {
        boolean present = split.getItems().contains(pane);
        if (show && !present) {
            split.getItems().add(first ? 0 : split.getItems().size(), pane);
        } else if (!show && present) {
            split.getItems().remove(pane);
        }
    }

    private PaneLayout measure() {
        return layout.measured(centre.getDividerPositions(), graphAndTables.getDividerPositions());
    }
}
