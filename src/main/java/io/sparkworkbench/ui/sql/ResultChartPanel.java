package io.sparkworkbench.ui.sql;

import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.ui.common.chart.ResultCharts;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A result as a chart: chart type, X column and value columns on top, the chart below. Rebuilds when a
 * choice changes or more rows are fetched; a choice that cannot be plotted shows why instead.
 */
final class ResultChartPanel extends BorderPane {

    private final SqlResultModel model;
    private final ChoiceBox<ResultCharts.Type> type = new ChoiceBox<>();
    private final ChoiceBox<String> x = new ChoiceBox<>();
    private final FlowPane ys = new FlowPane(8, 4);
    private final Label message = new Label();
    private final WorkbenchChart chart = new WorkbenchChart();
    private boolean updating;
    private Parent themedRoot;
    private final InvalidationListener themeListener = obs ->
            chart.setDarkTheme(themedRoot != null && themedRoot.getStyleClass().contains("theme-dark"));

    ResultChartPanel(SqlResultModel model) {
        this.model = model;
        getStyleClass().add("sql-result-chart");
        type.getItems().setAll(ResultCharts.Type.values());
        type.setValue(ResultCharts.Type.BAR);
        type.setId("sql-chart-type");
        x.setId("sql-chart-x");
        ys.setId("sql-chart-y");
        message.getStyleClass().add("sql-chart-message");
        message.setWrapText(true);
        chart.setPlaceholderText("Nothing to plot");
        Label xLabel = new Label("X");
        xLabel.visibleProperty().bind(x.visibleProperty());
        xLabel.managedProperty().bind(x.visibleProperty());
        x.managedProperty().bind(x.visibleProperty());
        HBox choices = new HBox(8, new Label("Chart"), type, xLabel, x, new Label("Values"), ys);
        choices.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, choices, message);
        top.setPadding(new Insets(6));
        setTop(top);
        setCenter(chart);

        type.valueProperty().addListener((obs, old, t) -> {
            x.setVisible(t.usesX());
            if (t.singleValue()) {
                keepFirstCheckedOnly();
            }
            rebuild();
        });
        x.valueProperty().addListener((obs, old, v) -> rebuild());
        model.columnsProperty().addListener((obs, old, columns) -> resetChoices());
        model.rows().addListener((ListChangeListener<List<Object>>) c -> rebuild());
        sceneProperty().addListener((obs, old, scene) -> followTheme());
        resetChoices();
    }

    WorkbenchChart chart() {
        return chart;
    }

    /** Defaults: the first text or date column as X, the first numeric column as the value. */
    private void resetChoices() {
        updating = true;
        List<ColumnInfo> columns = model.columnsProperty().get();
        x.getItems().setAll(columns.stream().map(ColumnInfo::name).toList());
        x.setValue(columns.stream().filter(c -> !ResultCharts.isNumeric(c.type())).map(ColumnInfo::name)
                .findFirst().orElse(columns.isEmpty() ? null : columns.get(0).name()));
        ys.getChildren().clear();
        boolean checked = false;
        for (ColumnInfo column : columns) {
            if (!ResultCharts.isNumeric(column.type())) {
                continue;
            }
            CheckBox box = new CheckBox(column.name());
            box.setUserData(column.name());
            if (!checked && !column.name().equals(x.getValue())) {
                box.setSelected(true);
                checked = true;
            }
            box.selectedProperty().addListener((obs, was, on) -> {
                if (on && type.getValue().singleValue()) {
                    checkOnly(box);
                }
                rebuild();
            });
            ys.getChildren().add(box);
        }
        updating = false;
        rebuild();
    }

    private void keepFirstCheckedOnly() {
        checkBoxes().stream().filter(CheckBox::isSelected).findFirst().ifPresent(this::checkOnly);
    }

    private void checkOnly(CheckBox keep) {
        boolean was = updating;
        updating = true;
        checkBoxes().forEach(b -> b.setSelected(b == keep));
        updating = was;
    }

    private List<CheckBox> checkBoxes() {
        return ys.getChildren().stream().map(CheckBox.class::cast).toList();
    }

    private void rebuild() {
        if (updating) {
            return;
        }
        List<ColumnInfo> columns = model.columnsProperty().get();
        List<String> values = new ArrayList<>();
        checkBoxes().stream().filter(CheckBox::isSelected).forEach(b -> values.add((String) b.getUserData()));
        if (columns.isEmpty()) {
            show("This result has no columns.");
            return;
        }
        if (values.isEmpty()) {
            show("This result has no numeric column to plot: tick one under Values.");
            return;
        }
        try {
            ResultCharts.Built built = ResultCharts.build(type.getValue(), columns.stream().map(ColumnInfo::name).toList(),
                    columns.stream().map(ColumnInfo::type).toList(), new ArrayList<>(model.rows()), x.getValue(), values);
            chart.setChart(built.chart());
            message.setText(built.note());
            message.getStyleClass().remove("form-error");
        } catch (IllegalArgumentException e) {
            show(e.getMessage());
            if (!message.getStyleClass().contains("form-error")) {
                message.getStyleClass().add("form-error");
            }
        }
    }

    private void show(String why) {
        chart.clear();
        message.setText(why);
    }

    /** The shell marks its root "theme-dark" or "theme-light"; the chart recolours to match. */
    private void followTheme() {
        if (themedRoot != null) {
            themedRoot.getStyleClass().removeListener(themeListener);
        }
        themedRoot = getScene() == null ? null : getScene().getRoot();
        if (themedRoot != null) {
            themedRoot.getStyleClass().addListener(themeListener);
            themeListener.invalidated(null);
        }
    }
}
