package io.sparkworkbench.ui.explore;

import io.sparkworkbench.engine.explore.ColumnProfile;
import io.sparkworkbench.ui.common.Columns;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** Column statistics of the open table in a grid, and the selected column's histogram or top values. */
final class ProfileView extends BorderPane {

    private final WorkbenchChart chart = new WorkbenchChart();

    ProfileView(ProfileViewModel model, Supplier<String> table) {
        setId("explore-profile");
        TableView<ColumnProfile> grid = new TableView<>();
        grid.setId("profile-grid");
        Label empty = new Label("Profile all columns computes count, nulls, distinct values, min, max, mean, "
                + "standard deviation and top values of every column in one Spark pass, and their histograms in one more.");
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.getStyleClass().add("form-hint");
        grid.setPlaceholder(empty);
        grid.getColumns().setAll(List.of(
                Columns.text("column", ColumnProfile::name),
                Columns.text("type", ColumnProfile::type),
                Columns.number("count", ColumnProfile::count, Formats::count),
                Columns.number("nulls", ColumnProfile::nulls, Formats::count),
                Columns.text("distinct", ProfileView::distinct),
                Columns.text("min", p -> p.min() == null ? "" : Formats.cell(p.min())),
                Columns.text("max", p -> p.max() == null ? "" : Formats.cell(p.max())),
                Columns.text("mean", p -> decimal(p.mean())),
                Columns.text("stddev", p -> decimal(p.stddev())),
                Columns.text("top value", p -> p.topValues().isEmpty() ? "" : Formats.cell(p.topValues().get(0).value())
                        + " (" + Formats.count(p.topValues().get(0).count()) + ")")));
        model.profileProperty().addListener((obs, old, profile) ->
                grid.setItems(profile == null ? FXCollections.observableArrayList() : FXCollections.observableArrayList(profile.columns())));
        grid.getSelectionModel().selectedItemProperty().addListener((obs, old, column) -> {
            if (column != null) {
                model.columnProperty().set(column);
            }
        });
        model.columnProperty().addListener((obs, old, column) -> {
            if (column == null) {
                chart.clear();
            } else {
                chart.setChart(ProfileCharts.chart(column));
                if (grid.getSelectionModel().getSelectedItem() != column) {
                    grid.getSelectionModel().select(column);
                }
            }
        });
        chart.setId("profile-chart");
        chart.setPlaceholderText("Select a column to see its histogram or most frequent values");
        SplitPane split = new SplitPane(grid, chart);
        split.setDividerPositions(0.6);
        grid.getColumns().forEach(c -> c.setPrefWidth(c.getText().equals("column") || c.getText().equals("top value") ? 120 : 78));
        setCenter(split);
        setTop(toolbar(model, table));
    }

    void setDarkTheme(boolean dark) {
        chart.setDarkTheme(dark);
    }

    private static javafx.scene.layout.VBox toolbar(ProfileViewModel model, Supplier<String> table) {
        Button run = new Button("Profile all columns");
        run.setId("profile-run");
        run.disableProperty().bind(model.action().runningProperty());
        run.setOnAction(e -> {
            if (table.get() != null) {
                model.run(table.get());
            }
        });
        Button stop = new Button("Stop");
        stop.setId("profile-stop");
        stop.disableProperty().bind(model.action().runningProperty().not());
        stop.setOnAction(e -> model.stop());
        javafx.scene.control.ProgressIndicator progress = new javafx.scene.control.ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.action().runningProperty());
        Label status = new Label();
        status.setId("profile-status");
        status.textProperty().bind(model.action().statusProperty());
        Label approx = new Label("≈ marks an estimated distinct count (HyperLogLog, typically within 5%) on tables over "
                + Formats.count(io.sparkworkbench.engine.explore.ProfileService.EXACT_DISTINCT_MAX_ROWS) + " rows");
        approx.getStyleClass().add("form-hint");
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        stop.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMinWidth(0);
        HBox bar = new HBox(8, run, stop, progress, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(2, bar, approx);
        top.setPadding(new Insets(6, 8, 6, 8));
        return top;
    }

    /** "≈ 4,980" for an estimate; nothing for columns that have no distinct count (structs, arrays, maps). */
    static String distinct(ColumnProfile p) {
        return p.distinct() < 0 ? "" : (p.distinctApproximate() ? "≈ " : "") + Formats.count(p.distinct());
    }

    private static String decimal(OptionalDouble value) {
        return value.isPresent() ? ProfileCharts.number(value.getAsDouble()) : "";
    }
}
