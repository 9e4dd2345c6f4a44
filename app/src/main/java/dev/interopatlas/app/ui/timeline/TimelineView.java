package dev.interopatlas.app.ui.timeline;

import dev.interopatlas.model.history.ReleaseSummary;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Coverage of the kernel by Rust, release by release: a line chart of the headline counts and a table. */
public final class TimelineView {
    private final VBox root = new VBox(8);

    public TimelineView(TimelineViewModel model) {
        root.setId("timelineView");
        root.getStyleClass().add("timeline-view");
        Label summary = new Label(model.summary());
        summary.setId("timelineSummary");
        summary.setWrapText(true);

        CategoryAxis x = new CategoryAxis();
        x.setLabel("Release");
        NumberAxis y = new NumberAxis();
        y.setLabel("Count");
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("timelineChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        for (TimelineViewModel.Series series : model.countSeries()) {
            XYChart.Series<String, Number> line = new XYChart.Series<>();
            line.setName(series.name());
            series.points().forEach(p -> line.getData().add(new XYChart.Data<>(p.release(), p.value())));
            chart.getData().add(line);
        }
        VBox.setVgrow(chart, Priority.ALWAYS);

        TableView<ReleaseSummary> table = new TableView<>(FXCollections.observableArrayList(model.rows()));
        table.setId("timelineTable");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // headers stay readable; scrolls
        table.getColumns().add(column("Release", ReleaseSummary::release));
        table.getColumns().add(column("Rust lines", s -> s.rustLines()));
        table.getColumns().add(column("Modules", s -> s.abstractionModules()));
        table.getColumns().add(column("Consumer crates", s -> s.consumerCrates()));
        table.getColumns().add(column("Driver files", s -> s.consumersDrivers()));
        table.getColumns().add(column("Sample files", s -> s.consumersSamples()));
        table.getColumns().add(column("Other consumer files", s -> s.consumersOther()));
        table.getColumns().add(column("Helpers", s -> s.helpers()));
        table.getColumns().add(column("Bound C symbols", s -> s.boundCSymbols()));
        table.getColumns().add(column("Headers in closure", s -> s.headersInClosure()));
        table.getColumns().add(column("Unsafe blocks", s -> s.unsafeBlocks()));
        table.getColumns().add(column("Unsafe fns", s -> s.unsafeFns()));
        table.getColumns().add(column("Unsafe impls", s -> s.unsafeImpls()));
        table.getColumns().add(column("Unsafe traits", s -> s.unsafeTraits()));
        table.getColumns().add(column("SAFETY share",
                s -> String.format(Locale.ROOT, "%.1f %%", s.safetyDocumentedShare() * 100)));
        table.getColumns().add(column("SAFETY placeholders", s -> s.unsafeBlocksPlaceholder()));
        table.getColumns().add(column("Vendored crates", s -> s.vendoredCrates()));
        table.getColumns().add(column("Vendored lines", s -> s.vendoredRustLines()));
        table.getColumns().add(column("Vendored unsafe", s -> s.vendoredUnsafeTotal()));
        table.setPrefHeight(160);
        root.getChildren().addAll(summary, chart, table);
    }

    private static <T> TableColumn<ReleaseSummary, T> column(String title, Function<ReleaseSummary, T> value) {
        TableColumn<ReleaseSummary, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    public VBox node() {
        return root;
    }
}
