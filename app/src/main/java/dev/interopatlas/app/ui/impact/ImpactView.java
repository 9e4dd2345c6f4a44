package dev.interopatlas.app.ui.impact;

import dev.interopatlas.app.core.analysis.DeclarationSides;
import dev.interopatlas.model.graph.BidiControls;
import dev.interopatlas.model.impact.DeclarationChange;
import dev.interopatlas.model.impact.RustReach;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Impact tab's content: a status line with progress, Cancel and a filter; the changed declarations reaching
 * Rust as a sortable table; for the chosen one, its two versions side by side (changed lines marked) and the Rust
 * files that name it. Enter or a click on a row highlights its path in the graph.
 */
public final class ImpactView {
    /** Translucent, so the marks read on the light and the dark theme alike. */
    private static final String REMOVED_STYLE = "-fx-background-color: rgba(220, 60, 60, 0.22);";
    private static final String ADDED_STYLE = "-fx-background-color: rgba(40, 170, 80, 0.22);";
    private static final String CODE_STYLE = "-fx-font-family: monospace; -fx-font-size: 0.92em; -fx-padding: 1 6 1 6;";

    private final ImpactViewModel vm;
    private final TableView<DeclarationChange> table = new TableView<>();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    /** Offered after a cancelled or failed comparison, which is otherwise computed only when the tab is shown. */
    private final Button again = new Button("Compare again");
    private final TextField filter = new TextField();
    private final Label beforeHeading = new Label();
    private final Label afterHeading = new Label();
    private final GridPane sides = new GridPane();
    private final ListView<RustReach> uses = new ListView<>();
    private final BorderPane root = new BorderPane();

    /** @param openUse opens a Rust file at the line that names the chosen declaration */
    public ImpactView(ImpactViewModel vm, Consumer<RustReach> openUse) {
        this.vm = vm;
        buildTable();
        status.setId("impactStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        progress.setId("impactProgress");
        progress.setPrefWidth(160);
        cancel.setId("impactCancel");
        again.setId("impactAgain");
        showProgress(false);
        showAgain(false);
        filter.setId("impactFilter");
        filter.setPromptText("Filter: symbol, header, crate");
        filter.setPrefColumnCount(18);
        vm.filterProperty().bind(filter.textProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, status, progress, cancel, again, filter);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4, 6, 4, 6));

        sides.setId("impactSides");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        sides.getColumnConstraints().setAll(half, half);
        ScrollPane sidesScroll = new ScrollPane(sides);
        sidesScroll.setFitToWidth(true);
        beforeHeading.setId("impactBeforeHeading");
        afterHeading.setId("impactAfterHeading");
        GridPane headings = new GridPane();
        headings.getColumnConstraints().setAll(half, half);
        headings.addRow(0, beforeHeading, afterHeading);
        headings.getStyleClass().add("section-title");
        uses.setId("impactUses");
        uses.setPrefHeight(110);
        uses.setCellFactory(list -> new UseCell());
        uses.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                Optional.ofNullable(uses.getSelectionModel().getSelectedItem()).ifPresent(openUse);
            }
        });
        uses.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Optional.ofNullable(uses.getSelectionModel().getSelectedItem()).ifPresent(openUse);
            }
        });
        Label usesHeading = new Label("Rust files naming it (double-click or Enter opens the file)");
        usesHeading.getStyleClass().add("section-title");
        VBox right = new VBox(4, headings, sidesScroll, usesHeading, uses);
        right.setPadding(new Insets(0, 0, 0, 6));
        VBox.setVgrow(sidesScroll, Priority.ALWAYS);

        SplitPane split = new SplitPane(table, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        root.setTop(top);
        root.setCenter(split);
        vm.chosenProperty().addListener((o, a, c) -> showChosen());
        showChosen();
    }

    private void buildTable() {
        table.setId("impactTable");
        SortedList<DeclarationChange> sorted = new SortedList<>(vm.filtered());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No change listed"));
        TableColumn<DeclarationChange, String> where = column("Header:line", ImpactViewModel::where);
        where.setComparator(ImpactViewModel.WHERE_ORDER);
        TableColumn<DeclarationChange, Integer> direct = new TableColumn<>("Uses");
        Label usesHeader = new Label("Uses");
        usesHeader.setTooltip(new javafx.scene.control.Tooltip("Direct uses: the Rust files that name it"));
        direct.setText("");
        direct.setGraphic(usesHeader);
        direct.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().direct().size()));
        direct.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<DeclarationChange, String> change = column("Change", c -> c.change().json());
        change.setComparator(ImpactViewModel.CHANGE_ORDER);
        change.setCellFactory(col -> new ChangeCell());
        table.getColumns().setAll(List.of(column("Declaration", DeclarationChange::symbol), change, where, direct,
                column("Crates", ImpactViewModel::crates)));
        // the first four fit the pane at 1600 px; crates may need a scroll (squeezing all five cut every one)
        double[] widths = {165, 80, 195, 62, 170};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
            table.getColumns().get(i).setMinWidth(Math.min(widths[i], 50));
        }
        // what most likely breaks the build first, the most used first within a kind
        direct.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(change, direct));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.choose(Optional.of(row));
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Optional.ofNullable(table.getSelectionModel().getSelectedItem()).ifPresent(r -> vm.choose(Optional.of(r)));
                e.consume();
            }
        });
    }

    public Node node() {
        return root;
    }

    public TableView<DeclarationChange> table() {
        return table;
    }

    /** Binds the progress bar and Cancel to a running computation, or hides them. */
    void showProgress(boolean running) {
        progress.setVisible(running);
        progress.setManaged(running);
        cancel.setVisible(running);
        cancel.setManaged(running);
        if (!running) {
            progress.progressProperty().unbind();
        }
    }

    /** Shows or hides Compare again. */
    void showAgain(boolean offered) {
        again.setVisible(offered);
        again.setManaged(offered);
    }

    Button againButton() {
        return again;
    }

    ProgressBar progress() {
        return progress;
    }

    Button cancelButton() {
        return cancel;
    }

    Label status() {
        return status;
    }

    /** The shown side-by-side text, row by row as "before | after" with changed rows starred (for tests). */
    public List<String> shownSides() {
        return vm.sides().stream().map(r -> (r.changed() ? "* " : "  ") + r.before().orElse("") + " | "
                + r.after().orElse("")).toList();
    }

    private void showChosen() {
        beforeHeading.setText(vm.beforeHeading());
        afterHeading.setText(vm.afterHeading());
        sides.getChildren().clear();
        List<DeclarationSides.Row> rows = vm.sides();
        for (int i = 0; i < rows.size(); i++) {
            DeclarationSides.Row row = rows.get(i);
            sides.addRow(i, code(row.before(), row.changed() ? REMOVED_STYLE : ""),
                    code(row.after(), row.changed() ? ADDED_STYLE : ""));
        }
        uses.getItems().setAll(vm.uses());
    }

    private static Label code(Optional<String> line, String mark) {
        Label label = new Label(line.orElse(""));
        label.setStyle(CODE_STYLE + (line.isPresent() ? mark : ""));
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        label.getStyleClass().add("impact-line");
        return label;
    }

    private static <T> TableColumn<DeclarationChange, String> column(String title,
            Function<DeclarationChange, String> value) {
        TableColumn<DeclarationChange, String> col = new TableColumn<>(title);
        // names and paths from the tree, with their bidi controls visible (BidiControls)
        col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(BidiControls.escape(value.apply(cell.getValue()))));
        return col;
    }

    /** "signature" for signature-changed: the column stays narrow, the sort and the filter use the full name. */
    private static final class ChangeCell extends javafx.scene.control.TableCell<DeclarationChange, String> {
        @Override
        protected void updateItem(String change, boolean empty) {
            super.updateItem(change, empty);
            setText(empty || change == null ? null : change.replace("-changed", ""));
        }
    }

    /** "rust/kernel/net/phy.rs:71  kernel::net::phy · kernel". */
    private static final class UseCell extends ListCell<RustReach> {
        @Override
        protected void updateItem(RustReach use, boolean empty) {
            super.updateItem(use, empty);
            setText(empty || use == null ? null : use.path() + ":" + use.line() + "   "
                    + use.module().map(m -> m + " \u00b7 ").orElse("") + "crate " + use.crate()
                    + "   via " + String.join(", ", use.via()));
        }
    }
}
