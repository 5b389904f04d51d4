package io.sparkworkbench.ui.explore;

import io.sparkworkbench.chart.BarValue;
import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.chart.WorkbenchCharts;
import io.sparkworkbench.engine.explore.PartitionInfo;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import io.sparkworkbench.ui.sql.PlanView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The RDD view of the open table: rows per partition as a chart (skew shows), lineage, plan, repartition. */
final class PartitionsView extends BorderPane {

    private final WorkbenchChart chart = new WorkbenchChart();

    PartitionsView(PartitionsViewModel model, Supplier<String> table) {
        setId("explore-partitions");
        chart.setId("partitions-chart");
        chart.setPlaceholderText("Inspect counts the rows in each partition (one Spark job)");
        Label summary = new Label();
        summary.setId("partitions-summary");
        summary.setWrapText(true);
        summary.setPadding(new Insets(4, 8, 0, 8));
        TextArea lineage = new TextArea();
        lineage.setId("partitions-lineage");
        lineage.setEditable(false);
        lineage.getStyleClass().add("explore-lineage");
        Tab lineageTab = new Tab("RDD lineage", lineage);
        Tab planTab = new Tab("Physical plan", new Label("Inspect to see the plan"));
        TabPane details = new TabPane(lineageTab, planTab);
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        model.infoProperty().addListener((obs, old, info) -> {
            if (info == null) {
                chart.clear();
                summary.setText("");
                lineage.clear();
                planTab.setContent(new Label("Inspect to see the plan"));
                return;
            }
            chart.setChart(WorkbenchCharts.barChart("Rows per partition of " + info.table(), "partition", "rows",
                    ValueFormat.INTEGER, bars(info)));
            summary.setText(summarize(info));
            lineage.setText(info.lineage());
            planTab.setContent(new PlanView(info.physicalPlan()));
        });
        SplitPane split = new SplitPane(new VBox(4, summary, chart), details);
        VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        split.setDividerPositions(0.55);
        setCenter(split);
        setTop(new VBox(toolbar(model, table), reshapeBar(model, table)));
    }

    void setDarkTheme(boolean dark) {
        chart.setDarkTheme(dark);
    }

    static List<BarValue> bars(PartitionInfo info) {
        List<BarValue> bars = new ArrayList<>();
        for (int i = 0; i < info.rowsPerPartition().size(); i++) {
            bars.add(new BarValue(Integer.toString(i), "rows", info.rowsPerPartition().get(i)));
        }
        return bars;
    }

    /** "8 partitions · rows per partition: min 0, max 12,500, mean 6,250 · skew (max / mean) 2.0" */
    static String summarize(PartitionInfo info) {
        List<Long> rows = info.rowsPerPartition();
        if (rows.isEmpty()) {
            return info.partitions() + " partitions, no rows";
        }
        long max = rows.stream().mapToLong(Long::longValue).max().orElse(0);
        long min = rows.stream().mapToLong(Long::longValue).min().orElse(0);
        double mean = rows.stream().mapToLong(Long::longValue).average().orElse(0);
        String counted = rows.size() < info.partitions() ? " (first " + Formats.count(rows.size()) + " counted)" : "";
        return Formats.count(info.partitions()) + (info.partitions() == 1 ? " partition" : " partitions") + counted
                + " · rows per partition: min " + Formats.count(min) + ", max " + Formats.count(max)
                + ", mean " + Formats.count(Math.round(mean))
                + (mean > 0 ? String.format(java.util.Locale.US, " · skew (max / mean) %.1f", max / mean) : "");
    }

    private static HBox toolbar(PartitionsViewModel model, Supplier<String> table) {
        Button inspect = new Button("Inspect partitions");
        inspect.setId("partitions-inspect");
        inspect.disableProperty().bind(model.action().runningProperty());
        inspect.setOnAction(e -> {
            if (table.get() != null) {
                model.inspect(table.get());
            }
        });
        Button stop = new Button("Stop");
        stop.disableProperty().bind(model.action().runningProperty().not());
        stop.setOnAction(e -> model.action().stop());
        Label status = new Label();
        status.setId("partitions-status");
        status.textProperty().bind(model.action().statusProperty());
        inspect.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        stop.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMinWidth(0);
        HBox bar = new HBox(8, inspect, stop, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 2, 8));
        return bar;
    }

    private static HBox reshapeBar(PartitionsViewModel model, Supplier<String> table) {
        TextField count = new TextField("8");
        count.setId("partitions-count");
        count.setPrefColumnCount(4);
        TextField columns = new TextField();
        columns.setId("partitions-columns");
        columns.setPromptText("by columns (optional, comma-separated)");
        columns.setPrefColumnCount(18);
        TextField view = new TextField();
        view.setId("partitions-new-view");
        view.setPromptText("new view name");
        view.setPrefColumnCount(14);
        Label problem = new Label();
        problem.getStyleClass().add("form-error");
        Button repartition = new Button("Repartition");
        repartition.setId("partitions-repartition");
        Button coalesce = new Button("Coalesce");
        coalesce.setId("partitions-coalesce");
        repartition.disableProperty().bind(model.action().runningProperty());
        coalesce.disableProperty().bind(model.action().runningProperty());
        repartition.setOnAction(e -> withCount(count, problem, table, n -> model.repartition(table.get(), n,
                Arrays.stream(columns.getText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                newViewName(view, table.get(), "repartitioned"))));
        coalesce.setOnAction(e -> withCount(count, problem, table,
                n -> model.coalesce(table.get(), n, newViewName(view, table.get(), "coalesced"))));
        repartition.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        coalesce.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, new Label("Into"), count, new Label("partitions"), columns, new Label("as"), view,
                repartition, coalesce, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 8, 6, 8));
        return bar;
    }

    private static void withCount(TextField count, Label problem, Supplier<String> table, java.util.function.IntConsumer action) {
        if (table.get() == null) {
            return;
        }
        try {
            int n = Integer.parseInt(count.getText().trim());
            if (n < 1) {
                throw new NumberFormatException();
            }
            problem.setText("");
            action.accept(n);
        } catch (NumberFormatException e) {
            problem.setText("The number of partitions must be a whole number of at least 1");
        }
    }

    private static String newViewName(TextField view, String table, String suffix) {
        String name = view.getText().trim();
        return name.isEmpty() ? table.replaceAll("[^A-Za-z0-9_]", "_") + "_" + suffix : name;
    }
}
