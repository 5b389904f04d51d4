package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.engine.pipeline.LiveStepRequest;
import io.sparkworkbench.ui.common.FormGrid;
import java.io.File;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/**
 * The run's settings: where the data come from (new data at a scale and seed, or the open data set), output folder, k,
 * and whether the live stream starts last.
 */
final class PipelineFormView extends VBox {

    PipelineFormView(PipelineForm form) {
        ToggleGroup source = new ToggleGroup();
        RadioButton generate = radio("pipeline-source-generate", PipelineForm.Source.GENERATE, source);
        RadioButton open = radio("pipeline-source-open", PipelineForm.Source.OPEN, source);
        source.selectToggle(form.sourceProperty().get() == PipelineForm.Source.OPEN ? open : generate);
        source.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                form.sourceProperty().set((PipelineForm.Source) now.getUserData());
            }
        });

        TextField scale = field("pipeline-scale", 70);
        scale.textProperty().bindBidirectional(form.scaleProperty());
        scale.setTooltip(new Tooltip("0.01 to 1000; 1 = 10,000 customers, 50,000 orders"));
        TextField seed = field("pipeline-seed", 90);
        seed.textProperty().bindBidirectional(form.seedProperty());
        HBox generated = new HBox(6, new Label("Scale"), scale, new Label("Seed"), seed);
        generated.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        generated.disableProperty().bind(generate.selectedProperty().not());
        generated.setPadding(new Insets(0, 0, 0, 24));

        Label openFolder = new Label();
        openFolder.setId("pipeline-open-folder");
        openFolder.textProperty().bind(Bindings.createStringBinding(
                () -> form.openDatasetProperty().get() == null ? "no data set open" : form.openDatasetProperty().get().toString(),
                form.openDatasetProperty()));
        openFolder.getStyleClass().add("text-muted");
        openFolder.setPadding(new Insets(0, 0, 0, 24));
        openFolder.setMinWidth(0);
        Tooltip fullPath = new Tooltip();
        fullPath.textProperty().bind(openFolder.textProperty());
        openFolder.setTooltip(fullPath);
        open.disableProperty().bind(form.openDatasetProperty().isNull());

        TextField out = field("pipeline-out", 220);
        out.textProperty().bindBidirectional(form.outputFolderProperty());
        HBox.setHgrow(out, Priority.ALWAYS);
        out.setTooltip(new Tooltip("The data set goes to <folder>/dataset, each step's tables to <folder>/pipeline;"
                + " a run into the same folder skips the steps whose inputs and settings did not change"));
        Button choose = new Button("Choose…");
        choose.setId("pipeline-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Output folder of the whole analysis");
            // The app's data folder always exists; testing the typed folder would read the disk on the JavaFX thread.
            chooser.setInitialDirectory(form.dataFolder().toFile());
            File chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (chosen != null) {
                form.chooseOutputFolder(chosen.toPath());
            }
        });
        TextField k = field("pipeline-k", 50);
        k.textProperty().bindBidirectional(form.kProperty());
        k.setTooltip(new Tooltip("Customer segments K-Means looks for, 2 to 50"));

        // Short: the form's column is narrow beside the step table; the rate is in the tooltip.
        CheckBox live = new CheckBox("Then start the live stream");
        live.setId("pipeline-live");
        live.selectedProperty().bindBidirectional(form.startLiveProperty());
        live.setTooltip(new Tooltip("Last, the clickstream simulator over the run's data set ("
                + String.format(Locale.ROOT, "%,d", LiveStepRequest.DEFAULT_EVENTS_PER_SECOND) + " events/s) feeds the Live tab's"
                + " queries and the Dashboard's live charts; it keeps running until you press Stop in the Live tab"));

        GridPane grid = FormGrid.create();
        grid.addRow(0, new Label("Output folder"), new HBox(6, out, choose));
        grid.addRow(1, new Label("k (segments)"), k);
        grid.add(live, 1, 2);
        Label error = new Label();
        error.setId("pipeline-form-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.textProperty().bind(form.errorBinding());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        Label data = new Label("Data");
        data.getStyleClass().add("section-title");
        getChildren().addAll(data, generate, generated, open, openFolder, grid, error);
        setSpacing(6);
    }

    private static RadioButton radio(String id, PipelineForm.Source source, ToggleGroup group) {
        RadioButton button = new RadioButton(source.label());
        button.setId(id);
        button.setUserData(source);
        button.setToggleGroup(group);
        return button;
    }

    private static TextField field(String id, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(1);
        field.setPrefWidth(width);
        return field;
    }
}
