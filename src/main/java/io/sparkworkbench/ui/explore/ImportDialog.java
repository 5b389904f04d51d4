package io.sparkworkbench.ui.explore;

import io.sparkworkbench.engine.files.ImportResult;
import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.ui.common.ValueGrid;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * File → Import: read options on the left, a live preview of the first rows under them on the right,
 * the view name below. Nothing is registered until Import; the dialog stays usable while Spark reads.
 */
public final class ImportDialog {

    private final ImportViewModel model;
    private final Stage stage = new Stage();
    private final ValueGrid preview = new ValueGrid();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(350));
    private final ObservableColumnTypes types;

    private ImportDialog(Window owner, ImportViewModel model, Consumer<ImportResult> onImported) {
        this.model = model;
        this.types = new ObservableColumnTypes(model);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import a file");
        preview.setId("import-preview");
        preview.setPlaceholder(new Label("The first rows appear here"));
        debounce.setOnFinished(e -> model.refreshPreview());
        for (Observable o : List.<Observable>of(model.formatProperty(), model.headerProperty(), model.delimiterProperty(),
                model.quoteProperty(), model.escapeProperty(), model.encodingProperty(), model.multiLineProperty(),
                model.dateFormatProperty(), model.timestampFormatProperty(), model.nullValueProperty(), model.inferSchemaProperty(),
                model.modeProperty(), model.typeOverrides())) {
            o.addListener(x -> debounce.playFromStart());
        }
        model.previewProperty().addListener((obs, old, p) -> {
            if (p == null) {
                preview.clear();
            } else {
                preview.show(p.columns().stream().map(ColumnInfo::name).toList(),
                        p.columns().stream().map(ColumnInfo::type).toList(), p.rows());
            }
        });

        BorderPane root = new BorderPane();
        root.setTop(fileBar(owner));
        VBox left = new VBox(8, ImportOptionsForm.create(model), new Label("Column types (edit to override)"), types.table());
        // Edits made while the file's options are read would be overwritten by them.
        left.disableProperty().bind(model.inspectingProperty());
        VBox.setVgrow(types.table(), Priority.ALWAYS);
        left.setPadding(new Insets(8));
        left.setMinWidth(330);
        Label previewStatus = new Label();
        previewStatus.setId("import-preview-status");
        previewStatus.setWrapText(true);
        previewStatus.textProperty().bind(model.previewAction().statusProperty());
        Label warnings = new Label();
        warnings.setId("import-warnings");
        warnings.getStyleClass().add("import-warning");
        warnings.setWrapText(true);
        model.previewProperty().addListener((obs, old, p) -> warnings.setText(p == null ? "" : String.join("\n", p.warnings())));
        Label clusterWarning = new Label();
        clusterWarning.setId("import-cluster-warning");
        clusterWarning.getStyleClass().add("import-warning");
        clusterWarning.setWrapText(true);
        clusterWarning.textProperty().bind(model.clusterWarningProperty());
        clusterWarning.managedProperty().bind(model.clusterWarningProperty().isNotEmpty());
        clusterWarning.visibleProperty().bind(model.clusterWarningProperty().isNotEmpty());
        VBox right = new VBox(6, clusterWarning, preview, previewStatus, warnings);
        VBox.setVgrow(preview, Priority.ALWAYS);
        right.setPadding(new Insets(8));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(left, false);
        root.setCenter(split);
        root.setBottom(importBar(onImported));
        Scene scene = new Scene(root, 1100, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            debounce.stop();
            model.previewAction().stop();
        });
    }

    /** Opens the dialog for {@code file}; {@code onImported} runs after a successful import (the dialog closes). */
    public static ImportDialog open(Window owner, ImportViewModel model, Path file, Consumer<ImportResult> onImported) {
        ImportDialog dialog = new ImportDialog(owner, model, onImported);
        // Reads the file in the background; the preview follows.
        model.load(file);
        dialog.stage.show();
        return dialog;
    }

    public Stage stage() {
        return stage;
    }

    private HBox fileBar(Window owner) {
        Label file = new Label();
        file.setId("import-file");
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.pathProperty().get() == null ? "" : model.pathProperty().get().toString(), model.pathProperty()));
        file.setMinWidth(0);
        Button choose = new Button("Choose another file…");
        choose.setOnAction(e -> io.sparkworkbench.ui.common.DataFileChooser.choose(stage).ifPresent(model::load));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("File:"), file, spacer, choose);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 0, 8));
        return bar;
    }

    private HBox importBar(Consumer<ImportResult> onImported) {
        TextField name = new TextField();
        name.setId("import-view-name");
        name.setPrefColumnCount(18);
        name.textProperty().bindBidirectional(model.viewNameProperty());
        Label problem = new Label();
        problem.getStyleClass().add("form-error");
        problem.textProperty().bind(model.nameProblemProperty());
        Label status = new Label();
        status.setId("import-status");
        status.setWrapText(true);
        status.setMinWidth(0);
        status.textProperty().bind(model.importAction().statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        Button importButton = new Button("Import");
        importButton.setId("import-run");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(model.importAction().runningProperty()
                .or(model.nameProblemProperty().isNotEmpty()).or(model.viewNameProperty().isEmpty()));
        importButton.setOnAction(e -> model.importNow(result -> {
            stage.close();
            onImported.accept(result);
        }));
        Button stop = new Button("Stop");
        stop.setId("import-stop");
        stop.disableProperty().bind(model.importAction().runningProperty().not());
        stop.setOnAction(e -> model.importAction().stop());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            model.importAction().stop();
            stage.close();
        });
        HBox bar = new HBox(8, new Label("View name"), name, problem, status, importButton, stop, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    /** The editable list of column types: the preview's columns, an edit becomes a type override. */
    private static final class ObservableColumnTypes {

        private final TableView<ColumnInfo> table = new TableView<>();

        ObservableColumnTypes(ImportViewModel model) {
            table.setId("import-types");
            table.setEditable(true);
            table.setPlaceholder(new Label("Columns appear with the preview"));
            TableColumn<ColumnInfo, String> name = new TableColumn<>("column");
            name.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().name()));
            name.setEditable(false);
            TableColumn<ColumnInfo, String> type = new TableColumn<>("type");
            type.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().type()));
            type.setCellFactory(TextFieldTableCell.forTableColumn());
            type.setOnEditCommit(e -> {
                String wanted = e.getNewValue() == null ? "" : e.getNewValue().trim();
                if (wanted.isEmpty()) {
                    model.typeOverrides().remove(e.getRowValue().name());
                } else if (!wanted.equalsIgnoreCase(e.getRowValue().type())) {
                    model.typeOverrides().put(e.getRowValue().name(), wanted);
                }
            });
            table.getColumns().setAll(List.of(name, type));
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.setPrefHeight(160);
            model.previewProperty().addListener((obs, old, p) -> {
                if (p != null) {
                    table.setItems(FXCollections.observableArrayList(p.columns().stream()
                            .filter(c -> !c.name().equals("_corrupt_record")).toList()));
                }
            });
        }

        TableView<ColumnInfo> table() {
            return table;
        }
    }
}
