package io.sparkworkbench.ui.data;

import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.EcommerceTable;
import io.sparkworkbench.engine.datagen.RowEstimate;
import io.sparkworkbench.ui.common.Formats;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/** Scale, seed, output folder, format and the tables with their previewed row counts. */
final class GenerationFormView extends VBox {

    private final Map<EcommerceTable, Label> rowLabels = new EnumMap<>(EcommerceTable.class);
    private final Label total = new Label();
    private final GenerationForm form;

    GenerationFormView(GenerationForm form) {
        this.form = form;
        TextField scale = field("gen-scale", form.scaleProperty().get());
        scale.textProperty().bindBidirectional(form.scaleProperty());
        TextField seed = field("gen-seed", form.seedProperty().get());
        seed.textProperty().bindBidirectional(form.seedProperty());
        TextField folder = field("gen-folder", "");
        folder.textProperty().bindBidirectional(form.outputFolderProperty());
        Button browse = new Button("Browse…");
        browse.setId("gen-browse");
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        browse.setOnAction(e -> browse(folder));
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        ChoiceBox<DataFormat> format = new ChoiceBox<>();
        format.setId("gen-format");
        format.getItems().setAll(DataFormat.values());
        format.valueProperty().bindBidirectional(form.formatProperty());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(DataFormat f) {
                return f == null ? "" : f.name().charAt(0) + f.sparkName().substring(1);
            }

            @Override
            public DataFormat fromString(String s) {
                return DataFormat.parse(s);
            }
        });

        GridPane grid = io.sparkworkbench.ui.common.FormGrid.create();
        grid.addRow(0, new Label("Scale"), scale);
        grid.add(hint("0.01 to 1000 · 1 = 10,000 customers, 500 products, 50,000 orders"), 1, 1);
        grid.addRow(2, new Label("Seed"), seed);
        grid.addRow(3, new Label("Output folder"), folderRow);
        grid.addRow(4, new Label("Format"), format);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);

        GridPane tables = new GridPane();
        tables.setHgap(12);
        tables.setVgap(4);
        int row = 0;
        for (EcommerceTable table : EcommerceTable.values()) {
            CheckBox check = new CheckBox(table.sqlName());
            check.setMnemonicParsing(false);
            check.setId("gen-table-" + table.sqlName());
            check.selectedProperty().bindBidirectional(form.tableProperty(table));
            Label rows = new Label();
            rows.getStyleClass().add("estimate");
            rows.setId("gen-estimate-" + table.sqlName());
            rowLabels.put(table, rows);
            GridPane.setHalignment(rows, javafx.geometry.HPos.RIGHT);
            tables.addRow(row++, check, rows);
            check.selectedProperty().addListener((obs, o, n) -> updateEstimates());
        }
        total.setId("gen-total");
        total.getStyleClass().add("estimate-total");
        Label tablesTitle = new Label("Tables and rows to generate");
        tablesTitle.getStyleClass().add("section-title");

        Label error = new Label();
        error.setId("gen-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.textProperty().bind(form.errorBinding());

        form.estimates().addListener((javafx.collections.ListChangeListener<RowEstimate>) c -> updateEstimates());
        updateEstimates();
        setSpacing(8);
        getChildren().addAll(grid, tablesTitle, tables, total, error);
    }

    private void updateEstimates() {
        rowLabels.values().forEach(l -> l.setText("—"));
        for (RowEstimate estimate : form.estimates()) {
            rowLabels.get(estimate.table()).setText((estimate.exact() ? "" : "≈ ") + Formats.count(estimate.rows()));
        }
        total.setText(form.estimates().isEmpty() ? "" : "≈ " + Formats.count(form.selectedRows()) + " rows in all");
    }

    private void browse(TextField folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Output folder for the generated tables");
        try {
            Path current = Path.of(folder.getText().trim());
            Path existing = Files.isDirectory(current) ? current : current.getParent();
            if (existing != null && Files.isDirectory(existing)) {
                chooser.setInitialDirectory(existing.toFile());
            }
        } catch (RuntimeException ignored) {
            // An unparsable path just opens the chooser at its default place.
        }
        File chosen = chooser.showDialog(getScene().getWindow());
        if (chosen != null) {
            folder.setText(chosen.getAbsolutePath());
        }
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(16);
        return field;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-hint");
        label.setWrapText(true);
        label.setAlignment(Pos.TOP_LEFT);
        return label;
    }
}
