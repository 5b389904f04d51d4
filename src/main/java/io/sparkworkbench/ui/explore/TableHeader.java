package io.sparkworkbench.ui.explore;

import io.sparkworkbench.engine.explore.TableDetails;
import io.sparkworkbench.ui.common.Formats;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The open table's name, facts (rows, size, source, cache) and actions: cache, drop, export, open in SQL. */
final class TableHeader extends VBox {

    TableHeader(ExploreViewModel model, Runnable export, Runnable openInSql) {
        Label title = new Label();
        title.setId("explore-table-title");
        title.getStyleClass().add("explore-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.tableProperty().get() == null
                ? "Pick a view in the catalog, or import a file" : model.tableProperty().get(), model.tableProperty()));
        Label facts = new Label();
        facts.setId("explore-facts");
        facts.getStyleClass().add("explore-facts");
        facts.setWrapText(true);
        facts.textProperty().bind(Bindings.createStringBinding(() -> {
            TableDetails d = model.detailsProperty().get();
            String loading = model.detailsAction().statusProperty().get();
            return d == null ? loading : facts(d);
        }, model.detailsProperty(), model.detailsAction().statusProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.detailsAction().runningProperty().or(model.tableAction().runningProperty())
                .or(model.exportAction().runningProperty()));

        var noTable = model.tableProperty().isNull();
        var cached = Bindings.createBooleanBinding(() -> model.detailsProperty().get() != null
                && model.detailsProperty().get().storageLevel().isPresent(), model.detailsProperty());
        Button cache = button("explore-cache", "Cache", e -> model.cache());
        cache.disableProperty().bind(noTable.or(model.detailsProperty().isNull()).or(model.tableAction().runningProperty()));
        cache.textProperty().bind(Bindings.when(cached).then("Uncache").otherwise("Cache"));
        cache.setOnAction(e -> {
            if (cached.get()) {
                model.uncache();
            } else {
                model.cache();
            }
        });
        Button drop = button("explore-drop", "Drop…", e -> confirmDrop(model, getScene() == null ? null : getScene().getWindow()));
        drop.disableProperty().bind(noTable.or(model.tableAction().runningProperty()));
        Button exportButton = button("explore-export", "Export…", e -> export.run());
        exportButton.disableProperty().bind(noTable.or(model.exportAction().runningProperty()));
        Button stopExport = button("explore-export-stop", "Stop export", e -> model.exportAction().stop());
        stopExport.visibleProperty().bind(model.exportAction().runningProperty());
        stopExport.managedProperty().bind(stopExport.visibleProperty());
        Button sql = button("explore-open-sql", "Query in SQL", e -> openInSql.run());
        sql.disableProperty().bind(noTable);
        Button reload = button("explore-reload", "Reload", e -> model.reload());
        reload.disableProperty().bind(noTable);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, busy, spacer, reload, cache, drop, exportButton, stopExport, sql);
        top.setAlignment(Pos.CENTER_LEFT);
        Label actionStatus = new Label();
        actionStatus.setId("explore-action-status");
        actionStatus.textProperty().bind(Bindings.createStringBinding(() -> join(
                model.tableAction().statusProperty().get(), model.exportAction().statusProperty().get(),
                model.previewAction().statusProperty().get()),
                model.tableAction().statusProperty(), model.exportAction().statusProperty(), model.previewAction().statusProperty()));
        actionStatus.setWrapText(true);
        getChildren().setAll(top, facts, actionStatus);
        setSpacing(2);
        setPadding(new Insets(6, 8, 4, 8));
    }

    static String facts(TableDetails d) {
        StringBuilder text = new StringBuilder(Formats.count(d.rows())).append(d.rows() == 1 ? " row" : " rows")
                .append(" · ").append(d.columns().size()).append(d.columns().size() == 1 ? " column" : " columns")
                .append(" · ").append(d.temporary() ? "temporary view" : "table")
                .append(" · ").append(d.source());
        d.bytesOnDisk().ifPresent(b -> text.append(" · ").append(Formats.bytes(b)).append(" on disk"));
        text.append(" · ").append(d.storageLevel().map(l -> "cached: " + l).orElse("not cached"));
        return text.toString();
    }

    private static String join(String... parts) {
        return String.join("  ·  ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isEmpty()).toList());
    }

    private static void confirmDrop(ExploreViewModel model, javafx.stage.Window owner) {
        String name = model.tableProperty().get();
        boolean table = model.detailsProperty().get() != null && !model.detailsProperty().get().temporary();
        ButtonType drop = new ButtonType("Drop", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, table
                ? "DROP TABLE removes " + name + " from the catalog; for a managed table Spark also deletes its data."
                : "Queries that use " + name + " will fail until it is registered again. Files on disk are not deleted.",
                drop, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText((table ? "Drop the table " : "Drop the view ") + name + "?");
        alert.showAndWait().filter(drop::equals).ifPresent(b -> model.drop());
    }

    private static Button button(String id, String text, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(action);
        return button;
    }
}
