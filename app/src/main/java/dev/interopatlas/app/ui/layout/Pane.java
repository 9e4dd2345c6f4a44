package dev.interopatlas.app.ui.layout;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * A pane around the graph that can be collapsed, with its shortcut. The keys follow the editors people know
 * (Ctrl+B the side bar, Ctrl+J the bottom panel) and are free in the explorer's menus and shortcuts.
 */
public enum Pane {
    FILTERS("_Filter Pane", "Filters", "the layer, role and path filters", KeyCode.B),
    ANALYSIS("_Analysis Tabs", "Tables", "the hotspot and readiness tables under the graph", KeyCode.J),
    DETAILS("_Details Pane", "Details", "the details of the selection and its source", KeyCode.I);

    private final String menuText;
    private final String buttonText;
    private final String what;
    private final KeyCode key;

    Pane(String menuText, String buttonText, String what, KeyCode key) {
        this.menuText = menuText;
        this.buttonText = buttonText;
        this.what = what;
        this.key = key;
    }

    /** The View menu's text, with its mnemonic. */
    public String menuText() {
        return menuText;
    }

    /** The toolbar toggle's text. */
    public String buttonText() {
        return buttonText;
    }

    /** What the pane shows, for tooltips. */
    public String what() {
        return what;
    }

    /** The key that, with Ctrl (Cmd on macOS), collapses or restores the pane. */
    public KeyCode key() {
        return key;
    }

    /** Shortcut (Ctrl, or Cmd on macOS) + the pane's key. */
    public KeyCombination shortcut() {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }
}
