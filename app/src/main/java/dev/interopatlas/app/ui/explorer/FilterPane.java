package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.core.query.BlastRadius;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Left pane: layer and role filters, path prefix, header collapsing, legend, and the blast radius list. */
final class FilterPane {
    private final VBox root = new VBox();
    private final ScrollPane scroller = new ScrollPane(root);
    private final ListView<Node> blastList = new ListView<>();
    private final Label blastTitle = new Label("Blast radius: select a C header or symbol, then press B.");

    FilterPane(ExplorerViewModel vm, Consumer<String> navigate) {
        root.getStyleClass().add("side-pane");
        scroller.getStyleClass().add("side-scroller");
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true); // the blast list takes the height left, down to its minimum
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setMinWidth(180);
        root.setId("filterPane");
        root.setPadding(new Insets(8));
        root.setPrefWidth(250);
        root.setMinWidth(180); // with the details pane's 180, the graph keeps 70% of a 1280 px window
        root.getChildren().add(section("Layers"));
        for (Layer layer : Layer.values()) {
            CheckBox box = new CheckBox(layer.title());
            box.setId("layer-" + layer.name());
            box.setSelected(true);
            box.selectedProperty().addListener((o, a, on) -> vm.filterProperty().set(vm.filterProperty().get().withLayer(layer, on)));
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "legend-layer-" + layer.ordinal());
            HBox row = new HBox(6, swatch, box);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            root.getChildren().add(row);
        }
        root.getChildren().add(section("Roles"));
        for (NodeKind kind : NodeKind.values()) {
            CheckBox box = new CheckBox(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            box.setId("role-" + kind.name());
            box.setSelected(true);
            box.selectedProperty().addListener((o, a, on) -> vm.filterProperty().set(vm.filterProperty().get().withRole(kind, on)));
            root.getChildren().add(box);
        }
        root.getChildren().add(section("Path prefix"));
        TextField prefix = new TextField();
        prefix.setId("pathPrefixField");
        prefix.setPromptText("e.g. drivers/net");
        prefix.setOnAction(e -> vm.filterProperty().set(vm.filterProperty().get().withPathPrefix(prefix.getText())));
        prefix.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.filterProperty().set(vm.filterProperty().get().withPathPrefix(prefix.getText()));
            }
        });
        CheckBox collapse = new CheckBox("Collapse headers by directory");
        collapse.setId("collapseHeaders");
        collapse.selectedProperty().bindBidirectional(vm.collapseHeadersProperty());
        CheckBox heat = new CheckBox("Unsafe heat");
        heat.setId("heatToggle");
        heat.selectedProperty().bindBidirectional(vm.heatProperty());
        root.getChildren().addAll(prefix, section("View"), collapse, heat);

        blastTitle.setId("blastTitle");
        blastTitle.setWrapText(true);
        blastTitle.setMinHeight(Region.USE_PREF_SIZE);
        blastTitle.setMaxWidth(Double.MAX_VALUE);
        blastTitle.getStyleClass().add("hint");
        blastList.setId("blastList");
        blastList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Node item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label() + (item.layer() == Layer.CONSUMERS ? "  (consumer)" : ""));
            }
        });
        blastList.setOnMouseClicked(e -> Optional.ofNullable(blastList.getSelectionModel().getSelectedItem())
                .ifPresent(n -> navigate.accept(n.id())));
        VBox.setVgrow(blastList, Priority.ALWAYS);
        root.getChildren().addAll(section("Blast radius"), blastTitle, blastList);
        vm.blastProperty().addListener((o, a, radius) -> showBlast(vm, radius));
    }

    private void showBlast(ExplorerViewModel vm, Optional<BlastRadius> radius) {
        if (radius.isEmpty()) {
            blastTitle.setText("Blast radius: select a C header or symbol, then press B.");
            blastTitle.getStyleClass().setAll("label", "hint");
            blastList.getItems().clear();
            return;
        }
        BlastRadius r = radius.get();
        blastTitle.getStyleClass().setAll("label", "blast-title");
        String origin = vm.shownIndex().node(r.origin()).map(Node::label).orElse(r.origin());
        blastTitle.setText(origin + ": " + r.rustImpact().size() + " Rust abstractions and consumers depend on it ("
                + r.reached().size() + " nodes in all)");
        blastList.getItems().setAll(r.rustImpact());
    }

    /** The pane in a vertical scroller: at the talk theme's font size it is taller than the window. */
    Region node() {
        return scroller;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

}
