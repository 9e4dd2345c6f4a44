package dev.interopatlas.app.ui.explorer;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The explorer's keyboard: Ctrl+F search, Ctrl+0/+/− zoom, Alt+Left/Right and PageUp/PageDown through releases,
 * and, while not typing, + − zoom, F focus, B blast radius, Esc back to the whole graph.
 */
final class ExplorerShortcuts {
    private ExplorerShortcuts() {
    }

    static void install(Scene scene, ExplorerViewModel vm, GraphArea graph, ExplorerToolBar toolBar,
                        ReleaseBar releases) {
        var accelerators = scene.getAccelerators();
        accelerators.put(shortcut(KeyCode.F), toolBar::focusSearch);
        accelerators.put(shortcut(KeyCode.DIGIT0), graph::fit);
        accelerators.put(shortcut(KeyCode.EQUALS), graph::zoomIn);
        accelerators.put(shortcut(KeyCode.ADD), graph::zoomIn);
        accelerators.put(shortcut(KeyCode.MINUS), graph::zoomOut);
        accelerators.put(shortcut(KeyCode.SUBTRACT), graph::zoomOut);
        accelerators.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), releases::previousRelease);
        accelerators.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), releases::nextRelease);
        accelerators.put(new KeyCodeCombination(KeyCode.PAGE_UP), releases::previousRelease);
        accelerators.put(new KeyCodeCombination(KeyCode.PAGE_DOWN), releases::nextRelease);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.clearContext();
                if (!typing) {
                    e.consume();
                }
            } else if (!typing && !e.isShortcutDown()) {
                switch (e.getCode()) {
                    case PLUS, ADD, EQUALS -> graph.zoomIn();
                    case MINUS, SUBTRACT -> graph.zoomOut();
                    case F -> vm.focusSelection();
                    case B -> vm.showBlastRadius();
                    default -> {
                        return;
                    }
                }
                e.consume();
            }
        });
    }

    private static KeyCodeCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }
}
