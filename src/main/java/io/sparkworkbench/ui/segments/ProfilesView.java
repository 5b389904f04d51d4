package io.sparkworkbench.ui.segments;

import io.sparkworkbench.engine.ml.features.CustomerFeature;
import io.sparkworkbench.engine.ml.segment.SegmentProfile;
import io.sparkworkbench.engine.ml.segment.SegmentationResult;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * One row per segment: its colour on the plot, a name the user can edit (double-click), size, share and the
 * mean of every feature beside the overall mean; below, the same profile as bars indexed to the overall mean.
 */
final class ProfilesView extends BorderPane {

    private final TableView<SegmentProfile> table = new TableView<>();
    private final WorkbenchChart chart = new WorkbenchChart();
    private final SegmentPalette palette;

    ProfilesView(SegmentsViewModel model, SegmentPalette palette, Runnable exportSegments,
                 javafx.beans.value.ObservableStringValue exportStatus) {
        this.palette = palette;
        javafx.scene.control.Button export = new javafx.scene.control.Button("Export customer_segments…");
        export.setId("profiles-export");
        export.setMnemonicParsing(false);
        export.setTooltip(new javafx.scene.control.Tooltip("Write every customer's segment and name (the view customer_segments)"
                + " to CSV, JSON, Parquet or ORC"));
        export.disableProperty().bind(model.resultProperty().isNull());
        export.setOnAction(e -> exportSegments.run());
        Label hint = new Label("The view customer_segments (customer_id, segment, name) is in SQL; names follow your renames.");
        hint.getStyleClass().add("form-hint");
        Label status = new Label();
        status.setId("profiles-export-status");
        status.textProperty().bind(exportStatus);
        status.setMinWidth(0);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, export, hint, status);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(6, 8, 6, 8));
        setTop(bar);
        setId("segments-profiles");
        table.setId("profiles-table");
        table.setEditable(true);
        table.setPlaceholder(new Label("Train a model to see each segment's profile"));
        model.resultProperty().addListener((obs, old, result) -> show(model, result));
        chart.setId("profiles-chart");
        chart.setPlaceholderText("Train a model to compare the segments' feature means");
        SplitPane split = new SplitPane(table, chart);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        setCenter(split);
    }

    private void show(SegmentsViewModel model, SegmentationResult result) {
        table.getColumns().clear();
        if (result == null) {
            table.setItems(FXCollections.observableArrayList());
            chart.clear();
            return;
        }
        List<TableColumn<SegmentProfile, ?>> columns = new ArrayList<>();
        TableColumn<SegmentProfile, Integer> segment = new TableColumn<>("segment");
        segment.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().segment()));
        segment.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                } else {
                    Rectangle swatch = new Rectangle(12, 12, palette.fx(item));
                    swatch.setStroke(Color.gray(0.3));
                    setGraphic(swatch);
                    setText(Integer.toString(item));
                }
            }
        });
        segment.setPrefWidth(82);
        columns.add(segment);
        TableColumn<SegmentProfile, String> name = new TableColumn<>("name (double-click to rename)");
        name.setId("profiles-name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setEditable(true);
        name.setOnEditCommit(e -> model.rename(e.getRowValue().segment(), e.getNewValue()));
        name.setPrefWidth(170);
        columns.add(name);
        columns.add(text("customers", p -> Formats.count(p.size())));
        columns.add(text("share", p -> String.format(Locale.US, "%.1f%%", 100 * p.share())));
        columns.get(columns.size() - 2).setPrefWidth(86);
        for (int c = 0; c < result.profileColumns().size(); c++) {
            int index = c;
            String column = result.profileColumns().get(c);
            String label = CustomerFeature.ofColumn(column).map(CustomerFeature::label).orElse(column);
            TableColumn<SegmentProfile, String> mean = text(label, p -> number(p.means()[index]));
            mean.setText(label + "\n(all: " + number(result.overallMeans()[index]) + ")");
            mean.setPrefWidth(108);
            columns.add(mean);
        }
        table.getColumns().setAll(columns);
        table.setItems(FXCollections.observableArrayList(result.profiles()));
        chart.setChart(SegmentCharts.profiles(result));
    }

    private static TableColumn<SegmentProfile, String> text(String title, java.util.function.Function<SegmentProfile, String> value) {
        TableColumn<SegmentProfile, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setEditable(false);
        return column;
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        double magnitude = Math.abs(value);
        return String.format(Locale.US, magnitude >= 100 ? "%,.0f" : magnitude >= 1 ? "%.1f" : "%.3f", value);
    }

    /** The palette has already switched: the swatches redraw with it. */
    void setDarkTheme(boolean dark) {
        chart.setDarkTheme(dark);
        table.refresh();
    }
}
