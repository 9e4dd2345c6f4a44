package dev.interopatlas.app.ui.readiness;

import dev.interopatlas.model.analysis.SubsystemReadiness;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;

/**
 * The readiness tab: a sortable, filterable table of MAINTAINERS sections with a trend sparkline per row (when
 * several releases are known) and a chart of the top sections; selecting a row narrows the graph to it.
 */
public final class ReadinessView {
    private static final double SPARK_WIDTH = 80;
    private static final double SPARK_HEIGHT = 16;

    private final ReadinessViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<SubsystemReadiness> table = new TableView<>();
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final Label statusLabel = new Label("Open a kernel tree (with its MAINTAINERS) to see readiness.");
    private final Label graphLabel = new Label();
    private final Label releasesLabel = new Label();
    private final Label loadLabel = new Label();
    private final Button addRelease = new Button("Add release\u2026");
    private final TableColumn<SubsystemReadiness, String> trend = new TableColumn<>("Trend");
    private final SplitPane split;

    public ReadinessView(ReadinessViewModel vm) {
        this.vm = vm;
        root.setId("readinessView");
        root.getStyleClass().add("analysis-view");
        root.setTop(toolBar());
        table.setId("readinessTable");
        statusLabel.getStyleClass().add("hint");
        statusLabel.setWrapText(true);
        table.setPlaceholder(statusLabel);
        columns();
        SortedList<SubsystemReadiness> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.graphSectionProperty().set(Optional.of(row.section()));
            }
        });
        vm.graphSectionProperty().addListener((o, a, section) -> {
            graphLabel.setText(section.map(s -> "Graph: " + s).orElse(""));
            if (section.isEmpty()) {
                table.getSelectionModel().clearSelection();
            }
        });
        chart.setId("readinessChart");
        chart.setTitle("Bound C fns per release");
        chart.setCreateSymbols(true);
        chart.setAnimated(false);
        chart.getXAxis().setLabel("release");
        chart.setMinWidth(260);
        split = new SplitPane(table);
        split.setId("readinessSplit");
        root.setCenter(split);
    }

    public Region node() {
        return root;
    }

    public TableView<SubsystemReadiness> table() {
        return table;
    }

    public LineChart<String, Number> chart() {
        return chart;
    }

    /** The button that adds another release to compare with; its action is set by the owner. */
    public Button addReleaseButton() {
        return addRelease;
    }

    public void showStatus(String message) {
        statusLabel.setText(message);
    }

    /** Tells how long the analysis took. */
    public void showLoadTime(long millis) {
        loadLabel.setText("computed in " + millis + " ms");
    }

    /** Redraws what depends on the loaded history: sparklines, the chart and the releases line. */
    public void dataChanged() {
        boolean history = vm.hasHistory();
        trend.setVisible(history);
        List<String> releases = vm.releases();
        releasesLabel.setText(releases.isEmpty() ? "" : "Releases: " + String.join(", ", releases));
        chart.getData().clear();
        if (history) {
            for (String section : vm.chartSections()) {
                XYChart.Series<String, Number> series = new XYChart.Series<>();
                series.setName(section);
                List<Integer> values = vm.sparkline(section);
                for (int i = 0; i < releases.size(); i++) {
                    series.getData().add(new XYChart.Data<>(releases.get(i), values.get(i)));
                }
                chart.getData().add(series);
            }
            if (!split.getItems().contains(chart)) {
                split.getItems().add(chart);
                split.setDividerPositions(0.74);
            }
        } else {
            split.getItems().remove(chart);
        }
        if (vm.data().history().isPresent() && vm.rows().isEmpty()) {
            statusLabel.setText("No MAINTAINERS section touches Rust.");
        }
        table.refresh();
    }

    private FlowPane toolBar() {
        TextField query = new TextField();
        query.setId("readinessQuery");
        query.setPromptText("filter sections, e.g. NET");
        query.setPrefColumnCount(16);
        query.textProperty().bindBidirectional(vm.queryProperty());
        CheckBox rustOnly = new CheckBox("Rust sections only");
        rustOnly.setId("readinessRustOnly");
        rustOnly.selectedProperty().bindBidirectional(vm.rustSectionsOnlyProperty());
        Button clear = new Button("Show whole graph");
        clear.setId("readinessClear");
        clear.setTooltip(new Tooltip("Undo the subsystem filter a selected row put on the graph"));
        clear.setOnAction(e -> vm.graphSectionProperty().set(Optional.empty()));
        addRelease.setId("readinessAddRelease");
        addRelease.setTooltip(new Tooltip("Index another release of the kernel to compare with (sparklines, chart,"
                + " hotspot change)"));
        graphLabel.setId("readinessGraphLabel");
        graphLabel.getStyleClass().add("blast-title");
        releasesLabel.setId("readinessReleases");
        releasesLabel.getStyleClass().add("hint");
        loadLabel.setId("readinessLoadTime");
        loadLabel.getStyleClass().add("hint");
        FlowPane bar = new FlowPane(8, 4, query, rustOnly, clear, graphLabel, addRelease, releasesLabel, loadLabel);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-bar");
        return bar;
    }

    private void columns() {
        TableColumn<SubsystemReadiness, String> section = value("Section", SubsystemReadiness::section);
        section.setId("colSection");
        section.setPrefWidth(260);
        table.getColumns().add(section);
        table.getColumns().add(value("Status", r -> r.status().orElse("")));
        TableColumn<SubsystemReadiness, String> rust = value("Rust?", r -> r.rustSection() ? "yes" : "");
        rust.setId("colRustSection");
        table.getColumns().add(rust);
        table.getColumns().add(number("Abstr.", SubsystemReadiness::abstractions));
        table.getColumns().add(number("Cons.", SubsystemReadiness::consumers));
        table.getColumns().add(number("Helpers", SubsystemReadiness::helpers));
        TableColumn<SubsystemReadiness, SubsystemReadiness> bound = new TableColumn<>("Bound/declared");
        bound.setId("colBound");
        bound.setPrefWidth(130);
        bound.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        bound.setComparator(java.util.Comparator.comparingDouble(SubsystemReadiness::boundShare)
                .thenComparingInt(SubsystemReadiness::boundFunctions));
        bound.setCellFactory(c -> new ShareCell());
        table.getColumns().add(bound);
        TableColumn<SubsystemReadiness, Double> unsafe = decimal("Unsafe/100",
                r -> r.unsafePer100Lines().orElse(null), d -> String.format(Locale.ROOT, "%.2f", d));
        table.getColumns().add(unsafe);
        table.getColumns().add(decimal("SAFETY:", r -> r.documentedShare().orElse(null),
                d -> String.format(Locale.ROOT, "%.0f%%", 100 * d)));
        trend.setId("colTrend");
        trend.setSortable(false);
        trend.setPrefWidth(SPARK_WIDTH + 24);
        trend.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().section()));
        trend.setCellFactory(c -> new SparklineCell());
        trend.setVisible(false);
        table.getColumns().add(trend);
    }

    private static TableColumn<SubsystemReadiness, String> value(String title,
                                                                 Function<SubsystemReadiness, String> value) {
        TableColumn<SubsystemReadiness, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<SubsystemReadiness, Integer> number(String title,
                                                                  Function<SubsystemReadiness, Integer> value) {
        TableColumn<SubsystemReadiness, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.getStyleClass().add("number-column");
        c.setPrefWidth(62);
        return c;
    }

    private static TableColumn<SubsystemReadiness, Double> decimal(String title,
                                                                  Function<SubsystemReadiness, Double> value,
                                                                  Function<Double, String> format) {
        TableColumn<SubsystemReadiness, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return c;
    }

    /** "bound/declared" with a bar of the share. */
    private static final class ShareCell extends TableCell<SubsystemReadiness, SubsystemReadiness> {
        private final ProgressBar bar = new ProgressBar();
        private final Label text = new Label();
        private final HBox box = new HBox(6, bar, text);

        ShareCell() {
            bar.getStyleClass().add("share-bar");
            bar.setPrefWidth(44);
            bar.setPrefHeight(12);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(SubsystemReadiness item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bar.setProgress(item.boundShare());
            text.setText(item.boundFunctions() + " / " + item.declaredFunctions());
            setGraphic(box);
        }
    }

    /** Bound functions of the row's section over the known releases, as a polyline. */
    private final class SparklineCell extends TableCell<SubsystemReadiness, String> {
        @Override
        protected void updateItem(String section, boolean empty) {
            super.updateItem(section, empty);
            List<Integer> values = empty || section == null ? List.of() : vm.sparkline(section);
            if (values.size() < 2) {
                setGraphic(null);
                return;
            }
            int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
            Polyline line = new Polyline();
            for (int i = 0; i < values.size(); i++) {
                line.getPoints().addAll(i * SPARK_WIDTH / (values.size() - 1),
                        SPARK_HEIGHT - SPARK_HEIGHT * values.get(i) / max);
            }
            line.getStyleClass().add("sparkline");
            setGraphic(line);
            setTooltip(new Tooltip(String.join(", ", vm.releases()) + ": " + values));
        }
    }
}
