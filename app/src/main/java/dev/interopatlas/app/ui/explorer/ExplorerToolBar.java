package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.core.search.SearchHit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * The explorer's toolbar: search with suggestions (Ctrl+F), the focus hops, focus / blast radius / clear, zoom,
 * and the line telling which context (focus, blast radius) is shown. Its state lives in the explorer's ViewModel.
 */
final class ExplorerToolBar {
    private static final int SUGGESTIONS = 15;

    private final ExplorerViewModel vm;
    private final GraphArea graphView;
    private final Consumer<String> selectAndCentre;
    private final Consumer<String> status;
    private final TextField searchField = new TextField();
    private final Label contextLabel = new Label();
    private final ToolBar bar;
    private final AutoCompletionBinding<SearchHit> completion;
    /** The label just chosen: typing it back into the field must not pop the suggestions up again. */
    private volatile String chosenLabel = "";

    ExplorerToolBar(ExplorerViewModel vm, GraphArea graphView, Consumer<String> selectAndCentre,
                    Consumer<String> status) {
        this.vm = vm;
        this.graphView = graphView;
        this.selectAndCentre = selectAndCentre;
        this.status = status;
        searchField.setId("searchField");
        searchField.setPromptText("Search headers, symbols, modules, drivers (Ctrl+F)");
        searchField.setPrefColumnCount(32);
        completion = TextFields.bindAutoCompletion(searchField, request -> request.getUserText().equals(chosenLabel)
                ? List.of() : vm.search(request.getUserText(), SUGGESTIONS), new StringConverter<>() {
                    @Override
                    public String toString(SearchHit hit) {
                        return hit.node().label();
                    }

                    @Override
                    public SearchHit fromString(String text) {
                        return vm.search(text, 1).stream().findFirst().orElse(null);
                    }
                });
        completion.setVisibleRowCount(12);
        // Suggestions fetched for text typed before a choice arrive late; never show them once the field is left.
        completion.getAutoCompletionPopup().setOnShown(e -> {
            if (!searchField.isFocused()) {
                Platform.runLater(() -> completion.getAutoCompletionPopup().hide());
            }
        });
        completion.setOnAutoCompleted(e -> choose(e.getCompletion()));
        searchField.setOnAction(e -> {
            List<SearchHit> hits = vm.search(searchField.getText(), 1);
            if (hits.isEmpty()) {
                status.accept("No match for \u201c" + searchField.getText() + "\u201d");
            } else {
                choose(hits.get(0));
            }
        });
        Spinner<Integer> hops = new Spinner<>(1, 6, 1);
        hops.setId("hopsSpinner");
        hops.setPrefWidth(70);
        hops.getValueFactory().valueProperty().addListener((o, a, b) -> vm.hopsProperty().set(b));
        hops.setTooltip(new Tooltip("Hops of the focus neighbourhood"));
        contextLabel.setId("contextLabel");
        bar = new ToolBar(searchField, new Label("Hops"), hops,
                button("focusButton", "Focus (F)", "Show the n-hop neighbourhood of the selection, fade the rest",
                        vm::focusSelection),
                button("blastButton", "Blast radius (B)", "Everything in Rust that depends on the selection",
                        vm::showBlastRadius),
                button("clearButton", "Clear (Esc)", "Back to the whole graph", vm::clearContext),
                button("zoomInButton", "+", "Zoom in (+)", graphView::zoomIn),
                button("zoomOutButton", "\u2212", "Zoom out (\u2212)", graphView::zoomOut),
                button("fitButton", "Fit", "Show the whole map or graph (Ctrl+0)", graphView::fit), contextLabel);
    }

    ToolBar node() {
        return bar;
    }

    /** Ctrl+F: into the search field, its text selected. */
    void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Says which context is shown: the focus neighbourhood or the blast radius. */
    void updateContext() {
        Map<String, Integer> focus = vm.focusSet();
        String text = "";
        if (!focus.isEmpty()) {
            text = "Focus: " + vm.hopsProperty().get() + " hop(s), " + focus.size() + " nodes (Esc clears)";
        } else if (vm.blastProperty().get().isPresent()) {
            text = "Blast radius: " + vm.blastProperty().get().get().reached().size() + " nodes (Esc clears)";
        }
        contextLabel.setText(text);
    }

    private void choose(SearchHit hit) {
        chosenLabel = hit.node().label();
        // The completion rewrites the field, which would pop the list up again: close it, keys go to the graph.
        Platform.runLater(() -> {
            completion.getAutoCompletionPopup().hide();
            graphView.requestFocus();
        });
        if (!vm.visibleGraphProperty().get().nodes().contains(hit.node())) {
            status.accept(hit.node().label() + " is hidden by the filters");
        }
        selectAndCentre.accept(hit.node().id());
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
