package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.ModelScores;
import io.sparkworkbench.engine.ml.recommend.RecommendModel;
import io.sparkworkbench.engine.ml.recommend.RecommendResult;
import io.sparkworkbench.ui.common.Columns;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The model's figures: where it came from, the split, "ALS is N× popularity", the metrics table of ALS and both
 * baselines (RMSE only for explicit ratings) and the grouped bar chart, with the export bar under them.
 */
final class MetricsView extends VBox {

    private final WorkbenchChart chart = new WorkbenchChart();
    private final TableView<ModelScores> table = new TableView<>();
    private final Label provenance = new Label();
    private final Label split = new Label();
    private final Label headline = new Label();
    private final TableColumn<ModelScores, Double> rmse;

    MetricsView(RecommendViewModel model, Node exportBar) {
        super(6);
        setId("recommend-metrics");
        setPadding(new Insets(8));
        provenance.setId("recommend-provenance");
        split.setId("recommend-split-sizes");
        headline.setId("recommend-headline");
        headline.getStyleClass().add("recommend-headline");
        for (Label label : List.of(provenance, split, headline)) {
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        table.setId("recommend-metrics-table");
        Label empty = new Label("Train a model (or open a data set with a saved one) to judge ALS against most popular and random");
        empty.getStyleClass().add("form-hint");
        table.setPlaceholder(empty);
        rmse = score("RMSE", s -> s.scores().rmse());
        TableColumn<ModelScores, String> role = Columns.text("model", s -> s.role().label());
        role.setPrefWidth(110);
        table.getColumns().setAll(List.of(role,
                score("precision@k", s -> OptionalDouble.of(s.scores().precision())),
                score("recall@k", s -> OptionalDouble.of(s.scores().recall())),
                score("MAP@k", s -> OptionalDouble.of(s.scores().map())),
                score("NDCG@k", s -> OptionalDouble.of(s.scores().ndcg())),
                score("coverage", s -> OptionalDouble.of(s.scores().coverage())),
                score("novelty (bits)", s -> OptionalDouble.of(s.scores().novelty())), rmse));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(26);
        table.setPrefHeight(26 * 4 + 34);
        table.setMinHeight(26 * 4 + 34);
        chart.setId("recommend-metrics-chart");
        chart.setPlaceholderText("The metrics of ALS, most popular and random appear here after training");
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(provenance, split, headline, table, chart, exportBar);
        model.modelProperty().addListener((obs, old, now) -> show(now, model));
        show(model.modelProperty().get(), model);
    }

    private void show(RecommendModel now, RecommendViewModel model) {
        if (now == null) {
            provenance.setText("No model yet.");
            split.setText("");
            headline.setText("");
            table.setItems(FXCollections.observableArrayList());
            chart.clear();
            return;
        }
        RecommendResult result = now.result();
        String at = "@" + result.evaluation().k();
        List<String> titles = new ArrayList<>(List.of("model", "precision" + at, "recall" + at, "MAP" + at, "NDCG" + at));
        for (int i = 0; i < titles.size(); i++) {
            table.getColumns().get(i).setText(titles.get(i));
        }
        provenance.setText(MetricsText.provenance(result, model.zone()));
        split.setText(MetricsText.split(result.evaluation(), result.request()));
        headline.setText(MetricsText.versusPopular(result.evaluation()));
        rmse.setVisible(result.evaluation().models().stream().anyMatch(m -> m.scores().rmse().isPresent()));
        table.setItems(FXCollections.observableArrayList(result.evaluation().models()));
        chart.setChart(RecommendCharts.metrics(result.evaluation()));
    }

    private static TableColumn<ModelScores, Double> score(String title, java.util.function.Function<ModelScores, OptionalDouble> value) {
        TableColumn<ModelScores, Double> column = Columns.number(title, s -> {
            OptionalDouble v = value.apply(s);
            return v.isPresent() ? v.getAsDouble() : null;
        }, MetricsText::score);
        column.setPrefWidth(92);
        return column;
    }

    void setDarkTheme(boolean dark) {
        chart.setDarkTheme(dark);
    }
}
