package dev.interopatlas.app.ui.hotspots;

import dev.interopatlas.app.core.analysis.HotspotTable;
import dev.interopatlas.app.ui.ChoiceLabels;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.HotspotScope;
import dev.interopatlas.model.metrics.FileRole;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** The unsafe hotspots tab: a scope selector, filters and a sortable table; Enter or double-click opens a row. */
public final class HotspotsView {
    private static final String ANY = "(any)";
    static final String UNDOCUMENTED_STYLE = "count-undocumented";
    static final String PLACEHOLDER_STYLE = "count-placeholder";

    private final HotspotsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<Hotspot> table = new TableView<>();
    private final ComboBox<String> subsystemBox = new ComboBox<>();
    private final Label countLabel = new Label();
    private final Label loadLabel = new Label();
    private final CheckBox vendored = new CheckBox(HotspotTable.EMPTY.vendoredLabel());
    private final Label statusLabel = new Label("Open a tree to rank its unsafe code.");
    private TableColumn<Hotspot, Integer> changeColumn;
    private Consumer<Hotspot> onOpen = h -> { };

    public HotspotsView(HotspotsViewModel vm) {
        this.vm = vm;
        root.setId("hotspotsView");
        root.getStyleClass().add("analysis-view");
        root.setTop(toolBar());
        table.setId("hotspotsTable");
        table.setPlaceholder(statusLabel);
        statusLabel.getStyleClass().add("hint");
        columns();
        SortedList<Hotspot> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<Hotspot> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Optional.ofNullable(table.getSelectionModel().getSelectedItem()).ifPresent(onOpen);
                e.consume();
            }
        });
        root.setCenter(table);
        vm.rows().addListener((javafx.collections.ListChangeListener<Hotspot>) c -> updateCount());
    }

    public Region node() {
        return root;
    }

    public TableView<Hotspot> table() {
        return table;
    }

    /** Called with the row the user opens (double-click or Enter). */
    public void setOnOpen(Consumer<Hotspot> handler) {
        onOpen = handler;
    }

    /** Shows a loading or error message in place of the rows. */
    public void showStatus(String message) {
        statusLabel.setText(message);
    }

    /** Refreshes the choices that depend on the loaded data (subsystems, whether a change column applies). */
    public void dataChanged() {
        HotspotTable data = vm.data();
        subsystemBox.getItems().setAll(ANY);
        subsystemBox.getItems().addAll(data.sections());
        subsystemBox.setValue(vm.subsystemProperty().get().orElse(ANY));
        subsystemBox.setDisable(data.mapping().isEmpty());
        changeColumn.setText(data.previous().isPresent() ? "\u0394" : "\u0394 (none)");
        vendored.setText(data.vendoredLabel());
        if (data.rows().isEmpty()) {
            statusLabel.setText("No unsafe code.");
        } else {
            statusLabel.setText("No row passes the filters.");
        }
        updateCount();
    }

    /** Tells how long the rows took to compute. */
    public void showLoadTime(long millis) {
        loadLabel.setText("computed in " + millis + " ms");
    }

    private void updateCount() {
        int all = vm.data().rows().getOrDefault(vm.scopeProperty().get(), java.util.List.of()).size();
        countLabel.setText(vm.rows().size() + " of " + all + " rows"
                + vm.data().previous().map(p -> ", \u0394 vs " + p).orElse(""));
    }

    private FlowPane toolBar() {
        ComboBox<HotspotScope> scope = new ComboBox<>();
        scope.setId("hotspotScope");
        scope.getItems().setAll(HotspotScope.values());
        scope.setConverter(ChoiceLabels.by(s -> switch (s) {
            case FILE -> "per file";
            case MODULE -> "per abstraction module";
            case FUNCTION -> "per function / impl";
        }));
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        scope.valueProperty().addListener((o, a, b) -> updateCount());

        ComboBox<String> role = new ComboBox<>();
        role.setId("hotspotRole");
        role.getItems().add(ANY);
        for (FileRole r : FileRole.values()) {
            role.getItems().add(r.json());
        }
        role.setValue(ANY);
        role.valueProperty().addListener((o, a, b) -> vm.roleProperty().set(
                java.util.Arrays.stream(FileRole.values()).filter(r -> r.json().equals(b)).findFirst()));

        subsystemBox.setId("hotspotSubsystem");
        subsystemBox.getItems().setAll(ANY);
        subsystemBox.setValue(ANY);
        subsystemBox.setPrefWidth(260);
        subsystemBox.setTooltip(new Tooltip("MAINTAINERS section owning the file"));
        subsystemBox.valueProperty().addListener((o, a, b) -> vm.subsystemProperty().set(
                b == null || b.equals(ANY) ? Optional.empty() : Optional.of(b)));

        TextField prefix = new TextField();
        prefix.setId("hotspotPrefix");
        prefix.setPromptText("path prefix, e.g. rust/kernel/sync");
        prefix.setPrefColumnCount(18);
        prefix.textProperty().bindBidirectional(vm.pathPrefixProperty());
        countLabel.setId("hotspotCount");
        loadLabel.setId("hotspotLoadTime");
        loadLabel.getStyleClass().add("hint");
        vendored.setId("hotspotVendored");
        vendored.setTooltip(new Tooltip("Also rank code copied from upstream crates (syn, zerocopy…)"));
        vendored.selectedProperty().bindBidirectional(vm.includeVendoredProperty());
        FlowPane bar = new FlowPane(8, 4, new Label("Rank"), scope, new Label("Role"), role, new Label("Subsystem"),
                subsystemBox, prefix, vendored, countLabel, loadLabel);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-bar");
        return bar;
    }

    private void columns() {
        TableColumn<Hotspot, String> key = new TableColumn<>("File / module / function");
        key.setId("colKey");
        key.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().key()));
        key.setPrefWidth(300);
        TableColumn<Hotspot, String> role = text("Role", h -> h.role().json());
        TableColumn<Hotspot, Integer> total = number("Sites", Hotspot::total);
        total.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().add(key);
        table.getColumns().add(role);
        table.getColumns().add(total);
        table.getColumns().add(number("Blocks", Hotspot::unsafeBlocks));
        table.getColumns().add(number("Fns", Hotspot::unsafeFns));
        table.getColumns().add(number("Impls", Hotspot::unsafeImpls));
        table.getColumns().add(number("Traits", Hotspot::unsafeTraits));
        TableColumn<Hotspot, Integer> undocumented = number("No SAFETY", Hotspot::undocumentedBlocks);
        undocumented.setId("colUndocumented");
        undocumented.setCellFactory(c -> countCell(UNDOCUMENTED_STYLE));
        table.getColumns().add(undocumented);
        TableColumn<Hotspot, Integer> placeholder = number("Placeholder", Hotspot::placeholderBlocks);
        placeholder.setId("colPlaceholder");
        placeholder.setCellFactory(c -> countCell(PLACEHOLDER_STYLE));
        Label placeholderHeader = new Label("Placeholder");
        placeholderHeader.setTooltip(new Tooltip("Unsafe blocks whose SAFETY comments are all placeholders: "
                + "TODO, FIXME, XXX, TBD or nothing after SAFETY:"));
        placeholder.setText(null);
        placeholder.setGraphic(placeholderHeader);
        table.getColumns().add(placeholder);
        TableColumn<Hotspot, Double> density = new TableColumn<>("/100 ln");
        density.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sitesPer100Lines().orElse(null)));
        density.setCellFactory(c -> formatted(d -> String.format(Locale.ROOT, "%.2f", d)));
        table.getColumns().add(density);
        TableColumn<Hotspot, Double> macro = new TableColumn<>("Macro");
        macro.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().inMacroShare()));
        macro.setCellFactory(c -> formatted(d -> String.format(Locale.ROOT, "%.0f%%", 100 * d)));
        table.getColumns().add(macro);
        changeColumn = new TableColumn<>("\u0394 (none)");
        changeColumn.setId("colChange");
        changeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().changeSincePrevious().orElse(null)));
        // With a previous release, a row without a change did not exist then.
        changeColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setAlignment(Pos.CENTER_RIGHT);
                if (empty) {
                    setText(null);
                } else if (item != null) {
                    setText(String.format(Locale.ROOT, "%+d", item));
                } else {
                    setText(vm.data().previous().isPresent() ? "new" : null);
                }
            }
        });
        changeColumn.setPrefWidth(90);
        table.getColumns().add(changeColumn);
        for (TableColumn<Hotspot, ?> c : table.getColumns()) {
            if (c != key && c != changeColumn) {
                c.getStyleClass().add("number-column");
                c.setPrefWidth(c == role ? 82 : 60);
                // headers stay readable when the pane is narrow: the path column gives way first
                c.setMinWidth(c == undocumented ? 88 : c == placeholder ? 104 : 50);
            }
        }
    }

    private static TableColumn<Hotspot, String> text(String title, Function<Hotspot, String> value) {
        TableColumn<Hotspot, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<Hotspot, Integer> number(String title, Function<Hotspot, Integer> value) {
        TableColumn<Hotspot, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /** A count that is coloured when non-zero: blocks without SAFETY and placeholder blocks each in their colour. */
    private static javafx.scene.control.TableCell<Hotspot, Integer> countCell(String styleClass) {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
                setAlignment(Pos.CENTER_RIGHT);
                getStyleClass().remove(styleClass);
                if (!empty && item != null && item > 0) {
                    getStyleClass().add(styleClass);
                }
            }
        };
    }

    private static <T> javafx.scene.control.TableCell<Hotspot, T> formatted(Function<T, String> format) {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        };
    }
}
