package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.GridCell;
import io.sparkworkbench.ui.common.Columns;
import io.sparkworkbench.ui.common.Formats;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** "Grid search": rank and regParam lists, Run and Stop, the cells as they finish with the best marked, "Use these". */
final class GridView extends BorderPane {

    private final TableView<GridCell> table = new TableView<>();

    GridView(GridViewModel grid) {
        setId("recommend-grid");
        TextField ranks = Fields.text("grid-ranks", 10, grid.ranksProperty());
        TextField regParams = Fields.text("grid-regparams", 12, grid.regParamsProperty());
        Button run = new Button("Run");
        run.setId("grid-run");
        run.disableProperty().bind(grid.action().runningProperty());
        run.setOnAction(e -> grid.run());
        Button stop = new Button("Stop");
        stop.setId("grid-stop");
        stop.disableProperty().bind(grid.action().runningProperty().not());
        stop.setOnAction(e -> grid.stop());
        Button use = new Button("Use these");
        use.setId("grid-use");
        use.setTooltip(new javafx.scene.control.Tooltip("Copy the selected row's rank and regParam (or the best row's) into the training form"));
        use.disableProperty().bind(grid.bestProperty().isNull());
        use.setOnAction(e -> {
            GridCell selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                grid.use(selected);
            } else {
                grid.useBest();
            }
        });
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.progressProperty().bind(grid.progressProperty());
        progress.visibleProperty().bind(grid.action().runningProperty());
        for (javafx.scene.control.Control c : List.of(run, stop, use)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, label("Ranks"), ranks, label("regParams"), regParams, run, stop, use, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("grid-status");
        status.setWrapText(true);
        status.textProperty().bind(grid.action().statusProperty());
        Label hint = new Label("Up to " + GridViewModel.maxCells() + " cells; the other parameters (ratings, iterations, alpha, split, k) "
                + "come from the Model tab's form. The best cell has the highest NDCG@k.");
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        VBox top = new VBox(6, bar, hint, status);
        top.setPadding(new Insets(8));
        setTop(top);

        table.setId("grid-table");
        Label empty = new Label("Run the grid to fill this table cell by cell");
        empty.getStyleClass().add("form-hint");
        table.setPlaceholder(empty);
        table.setItems(grid.cells());
        table.getColumns().setAll(List.of(
                Columns.text("", c -> c == grid.bestProperty().get() ? "★ best" : ""),
                Columns.number("rank", GridCell::rank, String::valueOf),
                Columns.number("regParam", GridCell::regParam, TrainFormViewModel::text),
                Columns.number("precision@k", c -> c.scores().precision(), MetricsText::score),
                Columns.number("recall@k", c -> c.scores().recall(), MetricsText::score),
                Columns.number("MAP@k", c -> c.scores().map(), MetricsText::score),
                Columns.number("NDCG@k", c -> c.scores().ndcg(), MetricsText::score),
                Columns.number("coverage", c -> c.scores().coverage(), MetricsText::score),
                Columns.number("fit", GridCell::fitMillis, ms -> Formats.elapsed(ms))));
        table.getColumns().forEach(c -> c.setPrefWidth(105));
        table.getColumns().get(0).setPrefWidth(70);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(GridCell cell, boolean empty) {
                super.updateItem(cell, empty);
                getStyleClass().remove("recommend-best");
                if (!empty && cell != null && cell == grid.bestProperty().get()) {
                    getStyleClass().add("recommend-best");
                }
            }
        });
        grid.bestProperty().addListener((obs, old, now) -> table.refresh());
        BorderPane.setMargin(table, new Insets(0, 8, 8, 8));
        setCenter(table);
        HBox.setHgrow(status, Priority.ALWAYS);

        // Cells of a running search are sampled once per frame, never pushed per cell.
        AnimationTimer sampler = new AnimationTimer() {
            @Override
            public void handle(long now) {
                grid.refresh();
            }
        };
        grid.action().runningProperty().addListener((obs, was, running) -> {
            if (running) {
                sampler.start();
            } else {
                sampler.stop();
            }
        });
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
