package io.sparkworkbench.ui.segments;

import io.sparkworkbench.engine.ml.features.CustomerFeature;
import io.sparkworkbench.engine.ml.segment.SegmentPoints;
import io.sparkworkbench.engine.ml.segment.SegmentationResult;
import io.sparkworkbench.ui.common.ValueGrid;
import io.sparkworkbench.ui.common.scatter.ScatterData;
import io.sparkworkbench.ui.common.scatter.ScatterPlot;
import io.sparkworkbench.ui.common.scatter.ScatterSelection;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The customers as a scatterplot coloured by segment, in the PCA plane or any two features, with the
 * selection (rectangle or lasso) shown in a grid below and turned into a view or an export in one click.
 */
final class SegmentScatterView extends BorderPane {

    private final ScatterPlot plot = new ScatterPlot();
    private final ChoiceBox<String> xAxis = new ChoiceBox<>();
    private final ChoiceBox<String> yAxis = new ChoiceBox<>();
    private final CheckBox logSkewed = new CheckBox("log1p skewed features");
    private final Label plotStatus = new Label();
    private final ValueGrid grid = new ValueGrid();
    private final PlotBuilds builds;
    private final SelectionViewModel selection;
    /** A segment to select once the plot holds the model's points, or -1. */
    private int pendingSegment = -1;
    private SegmentationResult result;
    private boolean updatingAxes;

    SegmentScatterView(SegmentsViewModel model, SelectionViewModel selection, SelectionExport export) {
        this(model, selection, export, new PlotBuilds());
    }

    SegmentScatterView(SegmentsViewModel model, SelectionViewModel selection, SelectionExport export, PlotBuilds builds) {
        this.selection = selection;
        this.builds = builds;
        setId("segments-scatter");
        plot.setId("segments-plot");
        plot.setExportName("segments");
        xAxis.setId("scatter-x");
        yAxis.setId("scatter-y");
        logSkewed.setId("scatter-log");
        logSkewed.setSelected(true);
        xAxis.valueProperty().addListener((obs, old, now) -> redraw());
        yAxis.valueProperty().addListener((obs, old, now) -> redraw());
        logSkewed.selectedProperty().addListener((obs, old, now) -> redraw());
        plotStatus.setId("segments-plot-status");
        plotStatus.setMinWidth(0);
        plotStatus.getStyleClass().add("form-hint");
        xAxis.setPrefWidth(140);
        yAxis.setPrefWidth(140);
        HBox axes = new HBox(8, new Label("X"), xAxis, new Label("Y"), yAxis, logSkewed, plotStatus);
        axes.setAlignment(Pos.CENTER_LEFT);
        axes.setPadding(new Insets(6, 8, 6, 8));

        plot.setTooltipText(this::tooltip);
        plot.selectionProperty().addListener((obs, old, now) -> selected(now));
        selection.selectedProperty().addListener((obs, old, now) -> grid.show(selection.columns(), types(), selection.gridRows()));

        Label summary = new Label();
        summary.setId("selection-summary");
        summary.textProperty().bind(selection.summaryProperty());
        TextField viewName = new TextField();
        viewName.setId("selection-view-name");
        viewName.setPrefColumnCount(16);
        viewName.textProperty().bindBidirectional(selection.viewNameProperty());
        Button register = new Button("Register as view");
        register.setId("selection-register");
        register.disableProperty().bind(selection.action().runningProperty().or(selection.selectedProperty().isNull()));
        register.setOnAction(e -> selection.registerView());
        Button exportButton = new Button("Export…");
        exportButton.setId("selection-export");
        exportButton.disableProperty().bind(selection.action().runningProperty());
        exportButton.setOnAction(e -> selection.export(view -> export.ask(getScene().getWindow(), view)));
        Button stop = new Button("Stop");
        stop.disableProperty().bind(selection.action().runningProperty().not());
        stop.setOnAction(e -> selection.action().stop());
        Label status = new Label();
        status.setId("selection-status");
        status.textProperty().bind(selection.action().statusProperty());
        status.setMinWidth(0);
        HBox bar = new HBox(8, summary, new Label("as"), viewName, register, exportButton, stop, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        grid.setId("selection-grid");
        VBox below = new VBox(bar, grid);
        VBox.setVgrow(grid, javafx.scene.layout.Priority.ALWAYS);

        Label empty = new Label("Train a model (left) to see every customer here, coloured by segment.");
        empty.getStyleClass().add("chart-placeholder");
        empty.visibleProperty().bind(model.resultProperty().isNull());
        empty.setMouseTransparent(true);
        javafx.scene.layout.StackPane plotArea = new javafx.scene.layout.StackPane(plot, empty);
        SplitPane split = new SplitPane(plotArea, below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        setTop(axes);
        setCenter(split);
        model.resultProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(SegmentationResult now) {
        boolean sameColumns = result != null && now != null && result.points().featureColumns().equals(now.points().featureColumns());
        result = now;
        selection.setResult(now);
        if (now == null) {
            plot.setData(ScatterData.empty());
            return;
        }
        if (!sameColumns) {
            List<String> choices = new ArrayList<>(List.of(PlotAxes.PCA_1, PlotAxes.PCA_2));
            choices.addAll(now.points().featureColumns());
            updatingAxes = true;
            xAxis.setItems(FXCollections.observableArrayList(choices));
            yAxis.setItems(FXCollections.observableArrayList(choices));
            xAxis.setValue(PlotAxes.PCA_1);
            yAxis.setValue(PlotAxes.PCA_2);
            updatingAxes = false;
        }
        redraw();
    }

    /** Shows two features (a pair picked from the informative projections). */
    void showPair(String x, String y) {
        updatingAxes = true;
        xAxis.setValue(x);
        yAxis.setValue(y);
        updatingAxes = false;
        redraw();
    }

    private void redraw() {
        if (updatingAxes || result == null || xAxis.getValue() == null || yAxis.getValue() == null) {
            return;
        }
        SegmentationResult drawing = result;
        PlotAxes axes = new PlotAxes(xAxis.getValue(), yAxis.getValue(), logSkewed.isSelected());
        plotStatus.setText("Drawing " + io.sparkworkbench.ui.common.Formats.count(drawing.points().size()) + " customers…");
        // Dropped if another result (or none) is shown by the time it lands: never the points of an older result.
        builds.build(() -> axes.build(drawing), () -> result == drawing, data -> {
            plot.setData(data);
            plot.resetView();
            plotStatus.setText("Drag to pan, wheel to zoom; Shift-drag: rectangle, Alt-drag: lasso; Esc clears.");
            selectPendingSegment();
        }, plotStatus::setText);
    }

    /**
     * Selects every customer of {@code segment} on the plot (and so in the grid below): at once if the plot holds
     * the model's points, else as soon as it does (the model may still be loading when the Dashboard asks).
     */
    void selectSegment(int segment) {
        pendingSegment = segment;
        ScatterData drawn = plot.getData();
        if (result != null && drawn.size() == result.points().size() && !drawn.isEmpty()) {
            selectPendingSegment();
        }
    }

    private void selectPendingSegment() {
        int segment = pendingSegment;
        pendingSegment = -1;
        if (segment >= 0 && !plot.selectGroup(segment)) {
            plotStatus.setText("This model has no segment " + segment + " (it has " + result.profiles().size() + "); train it again to match the Dashboard.");
        }
    }

    private void selected(ScatterSelection now) {
        selection.select(now == null ? new int[0] : now.indices());
    }

    private List<String> types() {
        List<String> types = new ArrayList<>(List.of("bigint", "int", "string"));
        if (result != null) {
            result.points().featureColumns().forEach(c -> types.add("double"));
        }
        return types;
    }

    private String tooltip(int index) {
        if (result == null || index < 0 || index >= result.points().size()) {
            return "";
        }
        SegmentPoints points = result.points();
        StringBuilder text = new StringBuilder("Customer ").append(points.ids()[index]).append(" · ")
                .append(result.profiles().get(points.segment()[index]).name());
        for (String column : List.of("recency_days", "frequency", "monetary", "avg_order_value", "tenure_days", "discount_share")) {
            if (points.featureColumns().contains(column)) {
                text.append('\n').append(CustomerFeature.ofColumn(column).map(CustomerFeature::label).orElse(column)).append(": ")
                        .append(ProfilesView.number(points.feature(column)[index]));
            }
        }
        return text.toString();
    }

    void setDarkTheme(boolean dark) {
        plot.setDarkTheme(dark);
    }

    ScatterPlot plot() {
        return plot;
    }
}
