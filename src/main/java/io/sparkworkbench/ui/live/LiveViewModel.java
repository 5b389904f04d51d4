package io.sparkworkbench.ui.live;

import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.engine.stream.session.LiveSourceChoice;
import io.sparkworkbench.engine.stream.source.ClickstreamReplay;
import io.sparkworkbench.engine.stream.source.SimulatorConfig;
import io.sparkworkbench.engine.stream.source.StreamSourceSpec;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The live tab's state and commands. The session's {@link LiveSnapshot} is read by {@link #poll()} (the view calls
 * it at most once per frame, ten times a second); a snapshot with a new version becomes {@link #latestProperty()}
 * and, unless the view is paused, {@link #shownProperty()}, which the charts draw. Pausing freezes the charts only:
 * the queries keep running and the status keeps updating.
 */
public final class LiveViewModel {

    public enum SourceKind { SIMULATOR, REPLAY, FOLDER }

    public static final int DEFAULT_RATE = 1_000;
    public static final int MIN_TRIGGER_MS = 100;
    public static final int MAX_TRIGGER_MS = 60_000;

    private final LiveBackend backend;
    private final Executor ui;
    private final ObjectProperty<SourceKind> source = new SimpleObjectProperty<>(SourceKind.SIMULATOR);
    private final IntegerProperty rate = new SimpleIntegerProperty(DEFAULT_RATE);
    private final IntegerProperty replaySpeed = new SimpleIntegerProperty(1_000);
    private final StringProperty folder = new SimpleStringProperty("");
    private final ObjectProperty<StreamSourceSpec.Format> folderFormat = new SimpleObjectProperty<>(StreamSourceSpec.Format.JSON);
    private final BooleanProperty csvHeader = new SimpleBooleanProperty(true);
    private final IntegerProperty triggerMillis = new SimpleIntegerProperty(1_000);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<LiveSnapshot> latest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LiveSnapshot> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper simulatorRunning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper learning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Stopped. Choose a source and press Start.");
    private final ReadOnlyStringWrapper alert = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Consumer<String> onAlert = text -> { };
    private long lastVersion = -1;

    /** @param ui where completions of the session's futures run: the JavaFX thread in the app, the caller's in tests */
    public LiveViewModel(LiveBackend backend, Executor ui) {
        this.backend = backend;
        this.ui = ui;
        rate.addListener((obs, old, now) -> rateChanged(now.intValue()));
        paused.addListener((obs, was, isPaused) -> {
            if (!isPaused) {
                shown.set(latest.get());
            }
        });
    }

    /** Reads the session's snapshot; cheap when nothing changed. Call on the JavaFX thread, at most once per frame. */
    public void poll() {
        LiveSnapshot now = backend.snapshot();
        if (now == null || now.version() == lastVersion) {
            return;
        }
        lastVersion = now.version();
        // The state first: whoever listens to the new snapshot (the charts, a test) sees the buttons' state of it.
        active.set(now.isActive());
        busy.set(now.state() == LiveSnapshot.State.STARTING || now.state() == LiveSnapshot.State.STOPPING);
        // From the snapshot, not this tab's last Start: the whole analysis may have started the simulator.
        simulatorRunning.set(now.state() == LiveSnapshot.State.RUNNING && now.source().isSimulator());
        learning.set(now.state() == LiveSnapshot.State.RUNNING && now.segments() != null && !now.segments().names().isEmpty());
        status.set(LiveText.status(now));
        latest.set(now);
        if (!paused.get()) {
            shown.set(now);
        }
        String alertText = now.alert() != null && now.alert().raised() ? now.alert().message() : "";
        if (!alertText.equals(alert.get())) {
            alert.set(alertText);
            onAlert.accept(alertText);
        }
    }

    /** Starts the chosen source; a value the source refuses is reported in {@link #errorProperty()}, naming it. */
    public void start() {
        LiveSourceChoice choice;
        try {
            choice = choice();
        } catch (RuntimeException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        CompletableFuture<Void> started;
        try {
            backend.setRate(rate.get());
            backend.changeTrigger(Duration.ofMillis(triggerMillis.get()));
            started = backend.start(choice);
        } catch (RuntimeException e) {
            error.set(e.getMessage());
            return;
        }
        busy.set(true);
        started.whenCompleteAsync((v, e) -> {
            if (e != null) {
                error.set(LiveText.reason(e));
            }
            poll();
        }, ui);
    }

    public void stop() {
        busy.set(true);
        backend.stop().whenCompleteAsync((v, e) -> {
            if (e != null) {
                error.set(LiveText.reason(e));
            }
            poll();
        }, ui);
    }

    public void flashSale() {
        try {
            backend.flashSale();
        } catch (RuntimeException e) {
            error.set(e.getMessage());
        }
    }

    /** Applies the trigger interval (running queries restart with it from their checkpoints). */
    public void applyTrigger() {
        int ms = triggerMillis.get();
        if (ms < MIN_TRIGGER_MS || ms > MAX_TRIGGER_MS) {
            error.set(String.format(Locale.ROOT, "The trigger interval must be between %,d and %,d ms, not %,d", MIN_TRIGGER_MS, MAX_TRIGGER_MS, ms));
            return;
        }
        error.set("");
        backend.changeTrigger(Duration.ofMillis(ms)).whenCompleteAsync((v, e) -> {
            if (e != null) {
                error.set(LiveText.reason(e));
            }
        }, ui);
    }

    /** Deletes the query's checkpoint and starts it again: offered for a query whose checkpoint cannot serve it. */
    public void startFresh(String view) {
        try {
            backend.startFresh(view).whenCompleteAsync((v, e) -> {
                if (e != null && !(unwrap(e) instanceof java.util.concurrent.CancellationException)) {
                    error.set(LiveText.reason(e));
                }
            }, ui);
        } catch (RuntimeException e) {
            error.set(e.getMessage());
        }
    }

    /** Puts the online centres back on the batch segmentation's (the drift chart drops to zero). */
    public void resetToBatch() {
        try {
            backend.resetToBatch().whenCompleteAsync((v, e) -> {
                if (e != null) {
                    error.set("The online centres were reset but not saved: " + LiveText.reason(e));
                }
            }, ui);
        } catch (RuntimeException e) {
            error.set(e.getMessage());
        }
    }

    private void rateChanged(int now) {
        if (now < SimulatorConfig.MIN_RATE || now > SimulatorConfig.MAX_RATE) {
            return;
        }
        try {
            backend.setRate(now);
        } catch (RuntimeException e) {
            error.set(e.getMessage());
        }
    }

    /** The source as the form describes it; throws with the form's problem named. */
    LiveSourceChoice choice() {
        return switch (source.get()) {
            case SIMULATOR -> LiveSourceChoice.Simulator.at(rate.get());
            case REPLAY -> new LiveSourceChoice.Replay(replaySpeed.get());
            case FOLDER -> new LiveSourceChoice.Folder(folderPath(), folderFormat.get(), csvHeader.get());
        };
    }

    private Path folderPath() {
        String text = folder.get() == null ? "" : folder.get().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Choose the folder the stream reads (the field under 'My folder')");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("The stream folder '" + text + "' is not a valid path: " + e.getReason(), e);
        }
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    /** Told the alert's text each time it changes (empty when it clears): the window's status bar. */
    public void setOnAlert(Consumer<String> listener) {
        this.onAlert = listener;
    }

    public boolean queryRunning(String view) {
        LiveSnapshot now = latest.get();
        return now != null && now.queries().stream().anyMatch(q -> q.view().equals(view) && q.state() == QueryStatus.State.RUNNING);
    }

    public ObjectProperty<SourceKind> sourceProperty() {
        return source;
    }

    public IntegerProperty rateProperty() {
        return rate;
    }

    public IntegerProperty replaySpeedProperty() {
        return replaySpeed;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ObjectProperty<StreamSourceSpec.Format> folderFormatProperty() {
        return folderFormat;
    }

    public BooleanProperty csvHeaderProperty() {
        return csvHeader;
    }

    public IntegerProperty triggerMillisProperty() {
        return triggerMillis;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public ReadOnlyObjectProperty<LiveSnapshot> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LiveSnapshot> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Starting, running or stopping: Start is off, Stop is on. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty simulatorRunningProperty() {
        return simulatorRunning.getReadOnlyProperty();
    }

    /** The stream runs and its online learning has loaded a segmentation: "reset to batch model" can act. */
    public ReadOnlyBooleanProperty learningProperty() {
        return learning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty alertProperty() {
        return alert.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    static int clampRate(int value) {
        return Math.max(SimulatorConfig.MIN_RATE, Math.min(SimulatorConfig.MAX_RATE, value));
    }

    static int clampSpeed(int value) {
        return Math.max(ClickstreamReplay.MIN_SPEED, Math.min(ClickstreamReplay.MAX_SPEED, value));
    }
}
