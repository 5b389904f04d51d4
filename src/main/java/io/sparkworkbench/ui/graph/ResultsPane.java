package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.ui.common.ValueGrid;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Under the drawing: the last result as a capped, sortable table (naming the SQL view holding all of it) and the degree chart. */
final class ResultsPane extends TabPane {

    private final ValueGrid grid = new ValueGrid();
    private final WorkbenchChart chart = new WorkbenchChart();
    private final Tab chartTab = new Tab("Degree distribution");

    ResultsPane(AlgorithmsViewModel model, java.util.function.BooleanSupplier directed) {
        setId("graph-results");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        grid.setId("graph-result-table");
        Label headline = new Label("Run an algorithm: its result appears here and as a view for SQL");
        headline.setId("graph-result-headline");
        headline.setWrapText(true);
        // Wrapped in full: the headline names the SQL view holding the whole result.
        headline.setMinHeight(Label.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("graph-result-status");
        status.textProperty().bind(model.table().statusProperty());
        VBox table = new VBox(4, headline, grid, status);
        table.setPadding(new Insets(4));
        VBox.setVgrow(grid, Priority.ALWAYS);
        model.resultProperty().addListener((obs, old, r) -> {
            if (r == null) {
                grid.clear();
                headline.setText("Run an algorithm: its result appears here and as a view for SQL");
                return;
            }
            headline.setText(r.headline() + String.format(Locale.US, ". Showing %s rows of the SQL view %s%s (click a header to sort them).",
                    String.format(Locale.US, "%,d", r.rows().rows().size()), r.view(), r.rows().more() ? " (it has more)" : ""));
            grid.show(r.rows().columns().stream().map(ColumnInfo::name).toList(), r.rows().columns().stream().map(ColumnInfo::type).toList(),
                    r.rows().rows());
        });
        chart.setPlaceholderText("Press Degrees for the degree distribution");
        chart.setId("graph-degree-chart");
        model.degreesProperty().addListener((obs, old, d) -> {
            if (d == null) {
                chart.clear();
            } else {
                chart.setChart(DegreeChart.of(d, directed.getAsBoolean()));
                getSelectionModel().select(chartTab);
            }
        });
        Tab tableTab = new Tab("Result table", table);
        tableTab.setId("graph-tab-table");
        chartTab.setContent(new BorderPane(chart));
        chartTab.setId("graph-tab-degrees");
        getTabs().addAll(tableTab, chartTab);
        model.resultProperty().addListener((obs, old, r) -> {
            if (r != null && !"Degrees".equals(r.title())) {
                getSelectionModel().select(tableTab);
            }
        });
    }

    void setDarkTheme(boolean dark) {
        chart.setDarkTheme(dark);
    }
}
