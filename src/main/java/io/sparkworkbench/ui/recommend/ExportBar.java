package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.files.ExportRequest;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** "Top-N for every customer": register the view customer_recommendations, export it to files, Stop. */
final class ExportBar extends HBox {

    ExportBar(RecommendExportViewModel export, Function<String, Optional<ExportRequest>> askForTarget) {
        super(8);
        setId("recommend-export-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 0, 0, 0));
        Label what = new Label("Every customer's top");
        what.setMinWidth(Region.USE_PREF_SIZE);
        Button register = new Button("Register " + RecommendExportViewModel.VIEW);
        register.setId("recommend-register");
        register.setMinWidth(Region.USE_PREF_SIZE);
        // The view name has underscores, which a button would otherwise read as mnemonics.
        register.setMnemonicParsing(false);
        register.setTooltip(new Tooltip("Top-N per customer (bought items left out) as a view the SQL tab can query"));
        register.disableProperty().bind(export.action().runningProperty().or(export.hasModelProperty().not()));
        register.setOnAction(e -> export.register());
        Button toFiles = new Button("Export…");
        toFiles.setId("recommend-export");
        toFiles.setMinWidth(Region.USE_PREF_SIZE);
        toFiles.disableProperty().bind(register.disableProperty());
        toFiles.setOnAction(e -> export.export(askForTarget));
        Button stop = new Button("Stop");
        stop.setId("recommend-export-stop");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.disableProperty().bind(export.action().runningProperty().not());
        stop.setOnAction(e -> export.stop());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(export.action().runningProperty());
        Label status = new Label();
        status.setId("recommend-export-status");
        status.setMinWidth(0);
        status.setWrapText(true);
        status.textProperty().bind(export.action().statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        getChildren().addAll(what, Fields.integer("recommend-export-n", 1, 100, export.nProperty()), register, toFiles, stop, busy, status);
    }
}
