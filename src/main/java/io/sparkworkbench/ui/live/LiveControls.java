package io.sparkworkbench.ui.live;

import io.sparkworkbench.engine.stream.source.ClickstreamReplay;
import io.sparkworkbench.engine.stream.source.SimulatorConfig;
import io.sparkworkbench.engine.stream.source.StreamSourceSpec;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/** The live tab's controls: source and its settings, rate and flash sale, trigger interval, Start/Stop, pause the view. */
final class LiveControls extends VBox {

    LiveControls(LiveViewModel model) {
        super(6);
        setId("live-controls");
        ChoiceBox<LiveViewModel.SourceKind> source = new ChoiceBox<>(FXCollections.observableArrayList(LiveViewModel.SourceKind.values()));
        source.setId("live-source");
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(LiveViewModel.SourceKind kind) {
                return kind == null ? "" : switch (kind) {
                    case SIMULATOR -> "Simulator";
                    case REPLAY -> "Replay the data set";
                    case FOLDER -> "My folder";
                };
            }

            @Override
            public LiveViewModel.SourceKind fromString(String text) {
                return null;
            }
        });
        source.valueProperty().bindBidirectional(model.sourceProperty());

        Slider rateSlider = new Slider(SimulatorConfig.MIN_RATE, SimulatorConfig.MAX_RATE, model.rateProperty().get());
        rateSlider.setId("live-rate-slider");
        rateSlider.setPrefWidth(180);
        rateSlider.setBlockIncrement(100);
        Spinner<Integer> rate = spinner("live-rate", SimulatorConfig.MIN_RATE, SimulatorConfig.MAX_RATE, model.rateProperty().get(), 100);
        rate.setPrefWidth(110);
        // Slider and spinner both edit the model's rate; the slider snaps to hundreds.
        rateSlider.valueProperty().addListener((obs, old, now) -> {
            if (rateSlider.isValueChanging() || Math.abs(now.doubleValue() - model.rateProperty().get()) >= 100) {
                model.rateProperty().set(LiveViewModel.clampRate((int) Math.round(now.doubleValue() / 100) * 100));
            }
        });
        rate.valueProperty().addListener((obs, old, now) -> model.rateProperty().set(now));
        model.rateProperty().addListener((obs, old, now) -> {
            rate.getValueFactory().setValue(now.intValue());
            if (!rateSlider.isValueChanging()) {
                rateSlider.setValue(now.intValue());
            }
        });
        Button flash = new Button("Flash sale");
        flash.setId("live-flash-sale");
        flash.setTooltip(new Tooltip("Five times the rate for 30 s, more purchases at 20% off"));
        flash.disableProperty().bind(model.simulatorRunningProperty().not());
        flash.setOnAction(e -> model.flashSale());
        HBox simulator = row(new Label("Events/s"), rateSlider, rate, flash);
        simulator.setId("live-simulator-settings");

        Spinner<Integer> speed = spinner("live-replay-speed", ClickstreamReplay.MIN_SPEED, ClickstreamReplay.MAX_SPEED,
                model.replaySpeedProperty().get(), 100);
        speed.setPrefWidth(110);
        speed.valueProperty().addListener((obs, old, now) -> model.replaySpeedProperty().set(now));
        HBox replay = row(new Label("Speed ×"), speed, new Label("the data set's clickstream in event-time order"));

        TextField folder = new TextField();
        folder.setId("live-folder");
        folder.setPromptText("Folder receiving JSON or CSV files with the live event columns");
        folder.textProperty().bindBidirectional(model.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder the stream reads");
            var chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (chosen != null) {
                model.folderProperty().set(chosen.getAbsolutePath());
            }
        });
        ChoiceBox<StreamSourceSpec.Format> format = new ChoiceBox<>(FXCollections.observableArrayList(StreamSourceSpec.Format.values()));
        format.setId("live-folder-format");
        format.valueProperty().bindBidirectional(model.folderFormatProperty());
        CheckBox header = new CheckBox("CSV header line");
        header.selectedProperty().bindBidirectional(model.csvHeaderProperty());
        header.disableProperty().bind(model.folderFormatProperty().isNotEqualTo(StreamSourceSpec.Format.CSV));
        HBox mine = row(folder, browse, format, header);
        mine.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(mine, Priority.ALWAYS);

        for (HBox settings : new HBox[] {simulator, replay, mine}) {
            LiveViewModel.SourceKind kind = settings == simulator ? LiveViewModel.SourceKind.SIMULATOR
                    : settings == replay ? LiveViewModel.SourceKind.REPLAY : LiveViewModel.SourceKind.FOLDER;
            settings.visibleProperty().bind(model.sourceProperty().isEqualTo(kind));
            settings.managedProperty().bind(settings.visibleProperty());
        }
        // The rate and the flash sale act on the running simulator: they stay usable while it runs.
        replay.disableProperty().bind(model.activeProperty());
        mine.disableProperty().bind(model.activeProperty());
        source.disableProperty().bind(model.activeProperty());

        Spinner<Integer> trigger = spinner("live-trigger", LiveViewModel.MIN_TRIGGER_MS, LiveViewModel.MAX_TRIGGER_MS,
                model.triggerMillisProperty().get(), 100);
        trigger.setPrefWidth(100);
        trigger.valueProperty().addListener((obs, old, now) -> model.triggerMillisProperty().set(now));
        Button applyTrigger = new Button("Apply");
        applyTrigger.setId("live-trigger-apply");
        applyTrigger.setTooltip(new Tooltip("Running queries stop and start again with the new interval, from their checkpoints"));
        applyTrigger.setOnAction(e -> model.applyTrigger());

        Button start = new Button("Start");
        start.setId("live-start");
        start.setDefaultButton(false);
        start.disableProperty().bind(model.activeProperty().or(model.busyProperty()));
        start.setOnAction(e -> model.start());
        Button stop = new Button("Stop");
        stop.setId("live-stop");
        stop.disableProperty().bind(model.activeProperty().not());
        stop.setOnAction(e -> model.stop());
        ToggleButton pause = new ToggleButton();
        pause.setId("live-pause");
        pause.selectedProperty().bindBidirectional(model.pausedProperty());
        pause.textProperty().bind(Bindings.when(model.pausedProperty()).then("Resume view").otherwise("Pause view"));
        pause.setTooltip(new Tooltip("Freezes the charts; the queries keep running"));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox first = row(new Label("Source"), source, simulator, replay, mine, spacer);
        HBox second = row(start, stop, busy, pause, new Label("Trigger every"), trigger, new Label("ms"), applyTrigger);
        getChildren().addAll(first, second);
        setPadding(new Insets(0, 0, 4, 0));
        for (Region r : new Region[] {start, stop, pause, applyTrigger, flash, browse}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value, int step) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value, step));
        spinner.setId(id);
        spinner.setEditable(true);
        // A typed value counts when the field loses focus too, not only on Enter.
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                spinner.increment(0);
            }
        });
        return spinner;
    }
}
