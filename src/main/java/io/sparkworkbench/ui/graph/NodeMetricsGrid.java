package io.sparkworkbench.ui.graph;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The selected node's metrics as a two-column form, one line each, always all of them. A table here (header, fixed rows,
 * a scroll bar) showed one row of ten at 1280×820 with the jobs panel open; a form needs about 19 px a metric.
 */
final class NodeMetricsGrid extends GridPane {

    private final ObservableList<NodeMetric> metrics;

    NodeMetricsGrid(ObservableList<NodeMetric> metrics) {
        this.metrics = metrics;
        setId("graph-node-metrics");
        setHgap(8);
        setVgap(2);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        getColumnConstraints().addAll(names, values);
        metrics.addListener((ListChangeListener<NodeMetric>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        if (metrics.isEmpty()) {
            Label none = new Label("No node selected");
            none.getStyleClass().add("text-muted");
            add(none, 0, 0, 2, 1);
            return;
        }
        for (int row = 0; row < metrics.size(); row++) {
            NodeMetric m = metrics.get(row);
            Label name = new Label(m.name());
            name.getStyleClass().add("text-muted");
            Label value = new Label(m.value());
            value.setId("graph-node-metric-" + row);
            value.setWrapText(true);
            value.setMinHeight(USE_PREF_SIZE);
            GridPane.setValignment(name, VPos.TOP);
            add(name, 0, row);
            add(value, 1, row);
        }
    }
}
