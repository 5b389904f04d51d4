package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.RatingSource;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.engine.ml.recommend.SplitKind;
import io.sparkworkbench.ui.common.FormGrid;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The left column of the Model tab: ratings (explicit or implicit, with the implicit weights), ALS's
 * parameters, the split and k; what is wrong with the form right under it; Train and Stop.
 */
final class TrainForm extends ScrollPane {

    TrainForm(RecommendViewModel model) {
        TrainFormViewModel form = model.form();
        setId("recommend-form");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        ComboBox<RatingSource> source = new ComboBox<>(form.sources());
        source.setId("recommend-source");
        source.setConverter(names(RatingSource::label));
        source.valueProperty().bindBidirectional(form.sourceProperty());
        source.setMaxWidth(Double.MAX_VALUE);
        BooleanBinding explicit = form.sourceProperty().isEqualTo(RatingSource.EXPLICIT_REVIEWS);
        GridPane ratings = FormGrid.create();
        ratings.addRow(0, new Label("View"), disabledWhen(Fields.text("recommend-weight-view", 5, form.viewWeightProperty()), explicit));
        ratings.addRow(1, new Label("Add to cart"), disabledWhen(Fields.text("recommend-weight-cart", 5, form.cartWeightProperty()), explicit));
        ratings.addRow(2, new Label("Purchase"), disabledWhen(Fields.text("recommend-weight-purchase", 5, form.purchaseWeightProperty()),
                explicit));
        ratings.addRow(3, new Label("alpha"), disabledWhen(Fields.text("recommend-alpha", 5, form.alphaProperty()), explicit));
        Label weightsHint = hint("Implicit: each event adds its weight to the (customer, product) rating; alpha is ALS's confidence scale.");

        GridPane als = FormGrid.create();
        als.addRow(0, new Label("Rank"), Fields.integer("recommend-rank", 1, RecommendRequest.MAX_RANK, form.rankProperty()));
        als.addRow(1, new Label("Iterations"), Fields.integer("recommend-iterations", 1, RecommendRequest.MAX_ITERATIONS,
                form.iterationsProperty()));
        als.addRow(2, new Label("regParam"), Fields.text("recommend-regparam", 5, form.regParamProperty()));
        als.addRow(3, new Label("Seed"), Fields.text("recommend-seed", 6, form.seedProperty()));

        ComboBox<SplitKind> split = new ComboBox<>();
        split.getItems().setAll(SplitKind.values());
        split.setId("recommend-split");
        split.setConverter(names(SplitKind::label));
        split.valueProperty().bindBidirectional(form.splitProperty());
        split.setMaxWidth(Double.MAX_VALUE);
        BooleanBinding byTime = form.splitProperty().isEqualTo(SplitKind.BY_TIME);
        GridPane evaluation = FormGrid.create();
        evaluation.addRow(0, new Label("Held-out days"), disabledWhen(Fields.integer("recommend-holdout", 1,
                RecommendRequest.MAX_HOLDOUT_DAYS, form.holdoutDaysProperty()), byTime.not()));
        evaluation.addRow(1, new Label("Test share"), disabledWhen(Fields.text("recommend-test-share", 5, form.testShareProperty()), byTime));
        evaluation.addRow(2, new Label("k (top-k)"), Fields.integer("recommend-k", 1, RecommendRequest.MAX_K, form.kProperty()));

        Label problem = new Label();
        problem.setId("recommend-form-problem");
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        problem.textProperty().bind(form.problemProperty());
        problem.managedProperty().bind(form.problemProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        Button train = new Button("Train");
        train.setId("recommend-train");
        train.getStyleClass().add("accent");
        train.setDefaultButton(true);
        train.setTooltip(new Tooltip("Fit ALS in Spark, judge it against most-popular and random on the held-out ratings, save it"));
        train.disableProperty().bind(model.action().runningProperty().or(model.openingProperty().isNull())
                .or(form.problemProperty().isNotEmpty()));
        train.setOnAction(e -> model.train());
        Button stop = new Button("Stop");
        stop.setId("recommend-stop");
        stop.disableProperty().bind(model.action().runningProperty().not());
        stop.setOnAction(e -> model.stop());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.action().runningProperty());
        HBox buttons = new HBox(8, train, stop, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("recommend-status");
        status.setWrapText(true);
        status.textProperty().bind(model.action().statusProperty());

        VBox box = new VBox(8, section("Ratings"), source, ratings, weightsHint, section("ALS"), als, section("Evaluation"), split,
                evaluation, problem, buttons, status);
        box.setPadding(new Insets(10));
        box.setPrefWidth(270);
        setContent(box);
    }

    private static Node disabledWhen(Node field, javafx.beans.value.ObservableBooleanValue condition) {
        field.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(condition::get, condition));
        return field;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-section");
        label.setStyle("-fx-font-weight: bold");
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("form-hint");
        return label;
    }

    static <T> StringConverter<T> names(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
