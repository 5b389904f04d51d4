package io.sparkworkbench.ui.segments;

import io.sparkworkbench.engine.ml.churn.ChurnRequest;
import io.sparkworkbench.engine.ml.churn.ChurnResult;
import io.sparkworkbench.engine.ml.churn.Confusion;
import io.sparkworkbench.engine.ml.churn.ModelKind;
import io.sparkworkbench.engine.ml.churn.ModelReport;
import io.sparkworkbench.engine.ml.churn.ScoredCustomer;
import io.sparkworkbench.ui.common.Columns;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The "Churn risk" panel: the form with Train and Stop, the ROC curves of both models, a threshold slider
 * with the confusion matrix of the chosen model, what each model leans on, and the riskiest customers.
 * Self-contained: built from a {@link ChurnViewModel}, embeddable anywhere.
 */
public final class ChurnView extends BorderPane {

    private static final double FORM_WIDTH = 285;
    private static final double FIELD_WIDTH = 160;

    private final WorkbenchChart roc = new WorkbenchChart();
    private final WorkbenchChart importance = new WorkbenchChart();

    public ChurnView(ChurnViewModel model) {
        setId("churn-view");
        roc.setId("churn-roc");
        roc.setPlaceholderText("Train to see both models' ROC curves");
        importance.setId("churn-importance");
        importance.setPlaceholderText("Feature importance appears after training");
        TableView<ScoredCustomer> scores = scoreGrid();
        model.resultProperty().addListener((obs, old, result) -> show(result, scores));

        Label hint = new Label("Every customer is scored in the view customer_churn (customer_id, churn_probability, risk_band, model):"
                + " open it in the SQL tab, e.g. SELECT * FROM customer_churn WHERE risk_band = 'high'");
        hint.setId("churn-sql-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("form-hint");
        Node matrix = matrix(model);
        // The chart shrinks before the matrix does: a clipped matrix row would hide the figures the slider is for.
        roc.setMinHeight(120);
        VBox left = new VBox(6, roc, matrix);
        VBox.setVgrow(roc, Priority.ALWAYS);
        VBox right = new VBox(6, importance, hint, scores);
        VBox.setVgrow(importance, Priority.ALWAYS);
        VBox.setVgrow(scores, Priority.ALWAYS);
        left.setPadding(new Insets(0, 4, 6, 8));
        right.setPadding(new Insets(0, 8, 6, 4));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.5);
        setLeft(form(model));
        setCenter(split);
    }

    public void setDarkTheme(boolean dark) {
        roc.setDarkTheme(dark);
        importance.setDarkTheme(dark);
    }

    private void show(ChurnResult result, TableView<ScoredCustomer> scores) {
        if (result == null) {
            roc.clear();
            importance.clear();
            scores.setItems(FXCollections.observableArrayList());
            return;
        }
        roc.setChart(ChurnCharts.roc(result));
        importance.setChart(ChurnCharts.importance(result));
        scores.setItems(FXCollections.observableArrayList(result.preview()));
    }

    /** The form as a column on the left, as the segmentation form is, so the charts keep the tab's full height. */
    private static Node form(ChurnViewModel model) {
        Spinner<Integer> horizon = intSpinner("churn-horizon", 1, ChurnRequest.MAX_HORIZON_DAYS, 30, model.horizonDaysProperty());
        DatePicker cutoff = new DatePicker();
        cutoff.setId("churn-cutoff");
        cutoff.valueProperty().bindBidirectional(model.cutoffProperty());
        cutoff.setPrefWidth(FIELD_WIDTH);
        ComboBox<ModelKind> ensemble = new ComboBox<>(FXCollections.observableArrayList(ModelKind.RANDOM_FOREST, ModelKind.GBT));
        ensemble.setId("churn-ensemble");
        ensemble.setConverter(kindNames());
        ensemble.valueProperty().bindBidirectional(model.ensembleProperty());
        ensemble.setPrefWidth(FIELD_WIDTH);
        Spinner<Integer> trees = intSpinner("churn-trees", 1, ChurnRequest.MAX_TREES, 10, model.treesProperty());
        Spinner<Integer> depth = intSpinner("churn-depth", 1, ChurnRequest.MAX_DEPTH, 1, model.maxDepthProperty());
        Spinner<Double> fraction = new Spinner<>();
        fraction.setId("churn-test-fraction");
        SpinnerValueFactory.DoubleSpinnerValueFactory fractions = new SpinnerValueFactory.DoubleSpinnerValueFactory(0.05, 0.5, 0.25, 0.05);
        fraction.setValueFactory(fractions);
        fractions.valueProperty().bindBidirectional(model.testFractionProperty());
        fraction.setEditable(true);
        fraction.setPrefWidth(FIELD_WIDTH);
        TextField seed = new TextField();
        seed.setId("churn-seed");
        seed.textProperty().bindBidirectional(model.seedProperty());
        seed.setPrefWidth(FIELD_WIDTH);

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, new Label("Horizon (days)"), horizon);
        fields.addRow(1, new Label("Cut-off"), cutoff);
        fields.addRow(2, new Label("Ensemble"), ensemble);
        fields.addRow(3, new Label("Trees"), trees);
        fields.addRow(4, new Label("Depth"), depth);
        fields.addRow(5, new Label("Test fraction"), fraction);
        fields.addRow(6, new Label("Seed"), seed);
        Label explain = new Label("Churned = no order in the N days before the cut-off; the models see each customer as of cut-off − N"
                + " days, so nothing of the window they predict. The cut-off defaults to the data's end.");
        explain.setWrapText(true);
        explain.getStyleClass().add("form-hint");

        Button train = new Button("Train");
        train.setId("churn-train");
        train.getStyleClass().add("accent");
        train.disableProperty().bind(model.action().runningProperty().or(model.openingProperty().isNull()));
        train.setOnAction(e -> model.train());
        Button stop = new Button("Stop");
        stop.setId("churn-stop");
        stop.disableProperty().bind(model.action().runningProperty().not());
        stop.setOnAction(e -> model.stop());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.action().runningProperty());
        Label status = new Label();
        status.setId("churn-status");
        status.setWrapText(true);
        status.textProperty().bind(model.action().statusProperty());
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, train, stop, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label featuresTitle = new Label("Features");
        featuresTitle.getStyleClass().add("section-title");
        VBox column = new VBox(8, featuresTitle, featurePicker(model), fields, explain, actions, status);
        column.setPadding(new Insets(8));
        column.setPrefWidth(FORM_WIDTH);
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(FORM_WIDTH + 14);
        scroll.setMinWidth(FORM_WIDTH + 14);
        return scroll;
    }

    /** One check box per feature the data set allows; refilled when a data set opens. */
    private static Node featurePicker(ChurnViewModel model) {
        VBox boxes = new VBox(2);
        boxes.setId("churn-features");
        Label none = new Label("Open a data set to pick features");
        none.getStyleClass().add("form-hint");
        Runnable refill = () -> {
            boxes.getChildren().clear();
            if (model.features().isEmpty()) {
                boxes.getChildren().add(none);
            }
            for (FeatureChoice choice : model.features()) {
                CheckBox box = new CheckBox(choice.feature().label());
                box.setId("churn-feature-" + choice.feature().column());
                box.selectedProperty().bindBidirectional(choice.usedProperty());
                boxes.getChildren().add(box);
            }
        };
        model.features().addListener((javafx.collections.ListChangeListener<FeatureChoice>) c -> refill.run());
        refill.run();
        return boxes;
    }

    private static Node matrix(ChurnViewModel model) {
        ComboBox<ModelKind> which = new ComboBox<>();
        which.setId("churn-matrix-model");
        which.setConverter(kindNames());
        which.valueProperty().bindBidirectional(model.selectedModelProperty());
        model.resultProperty().addListener((obs, old, r) -> which.getItems().setAll(
                r == null ? List.of() : r.models().stream().map(ModelReport::kind).toList()));
        Slider slider = new Slider(0, 1, model.thresholdProperty().get());
        slider.setId("churn-threshold");
        slider.setBlockIncrement(0.05);
        slider.setMajorTickUnit(0.25);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.valueProperty().bindBidirectional(model.thresholdProperty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label thresholdText = new Label();
        thresholdText.setId("churn-threshold-value");
        thresholdText.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(8, new Label("Confusion matrix of"), which, new Label("at threshold"), slider, thresholdText);
        controls.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setId("churn-matrix");
        grid.setHgap(18);
        grid.setVgap(4);
        Label tp = cell("churn-tp");
        Label fn = cell("churn-fn");
        Label fp = cell("churn-fp");
        Label tn = cell("churn-tn");
        Label precision = cell("churn-precision");
        Label recall = cell("churn-recall");
        grid.add(new Label(""), 0, 0);
        grid.add(bold("flagged as churning"), 1, 0);
        grid.add(bold("not flagged"), 2, 0);
        grid.add(bold("churned"), 0, 1);
        grid.add(tp, 1, 1);
        grid.add(fn, 2, 1);
        grid.add(bold("stayed"), 0, 2);
        grid.add(fp, 1, 2);
        grid.add(tn, 2, 2);
        grid.add(precision, 3, 1);
        grid.add(recall, 3, 2);
        model.confusionProperty().addListener((obs, old, c) -> {
            thresholdText.setText(c == null ? "" : String.format(Locale.US, "%.3f", c.threshold()));
            tp.setText(c == null ? "" : "TP " + Formats.count(c.truePositives()));
            fn.setText(c == null ? "" : "FN " + Formats.count(c.falseNegatives()));
            fp.setText(c == null ? "" : "FP " + Formats.count(c.falsePositives()));
            tn.setText(c == null ? "" : "TN " + Formats.count(c.trueNegatives()));
            precision.setText(c == null ? "" : "precision " + rate(c.precision()));
            recall.setText(c == null ? "" : "recall " + rate(c.recall()));
        });
        VBox box = new VBox(6, controls, grid);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.disableProperty().bind(model.resultProperty().isNull());
        return box;
    }

    private static TableView<ScoredCustomer> scoreGrid() {
        TableView<ScoredCustomer> grid = new TableView<>();
        grid.setId("churn-scores");
        Label empty = new Label("The riskiest customers appear here after training");
        empty.getStyleClass().add("form-hint");
        grid.setPlaceholder(empty);
        grid.getColumns().setAll(List.of(
                Columns.number("customer_id", ScoredCustomer::customerId, Formats::count),
                Columns.number("churn_probability", ScoredCustomer::churnProbability, p -> String.format(Locale.US, "%.3f", p)),
                Columns.text("risk_band", c -> c.riskBand().text())));
        grid.getColumns().forEach(c -> c.setPrefWidth(130));
        grid.setPrefHeight(200);
        return grid;
    }

    private static Spinner<Integer> intSpinner(String id, int min, int max, int step,
                                               javafx.beans.property.ObjectProperty<Integer> value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                value.get(), step);
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(FIELD_WIDTH);
        factory.valueProperty().bindBidirectional(value);
        return spinner;
    }

    private static Label cell(String id) {
        Label label = new Label();
        label.setId(id);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold");
        return label;
    }

    private static String rate(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.US, "%.1f%%", value * 100);
    }

    private static StringConverter<ModelKind> kindNames() {
        return new StringConverter<>() {
            @Override
            public String toString(ModelKind kind) {
                return kind == null ? "" : kind.label();
            }

            @Override
            public ModelKind fromString(String text) {
                return null;
            }
        };
    }
}
