package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.pipeline.PipelineRequest;
import io.sparkworkbench.engine.pipeline.PipelineSnapshot;
import io.sparkworkbench.engine.pipeline.PipelineStep;
import io.sparkworkbench.engine.pipeline.StepProgress;
import io.sparkworkbench.engine.pipeline.StepState;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Run the whole analysis" panel's state: the form, Run and Stop, one row per step and the total line. The run
 * is never pushed into the UI: the view calls {@link #sample()} on a frame timer while {@link #runningProperty()}
 * is true, and the last sample (the run's final snapshot) ends it. A run that ends done hands its data set to
 * {@link #setOnDatasetReady} so the dashboard and the other tabs show it.
 */
public final class PipelineViewModel {

    private final PipelineBackend backend;
    private final PipelineForm form;
    private final ObservableList<StepProgress> steps = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<StepState> outcome = new ReadOnlyObjectWrapper<>();
    private Consumer<Path> onDatasetReady = folder -> { };
    private PipelineBackend.Run run;
    private PipelineRequest request;

    public PipelineViewModel(PipelineBackend backend, PipelineForm form) {
        this.backend = backend;
        this.form = form;
        steps.setAll(plannedRows());
        total.set("Not run yet: each step starts once the steps it needs are done, two at a time");
        // Before the first run the rows follow the form: the first row's name ("Generate" or "Open the data set"), the live row.
        form.sourceProperty().addListener((obs, was, now) -> {
            if (request == null) {
                steps.setAll(plannedRows());
            }
        });
        form.startLiveProperty().addListener((obs, was, now) -> {
            if (request == null) {
                steps.setAll(plannedRows());
            }
        });
    }

    private List<StepProgress> plannedRows() {
        return Arrays.stream(PipelineStep.values()).filter(step -> step != PipelineStep.LIVE || form.startLiveProperty().get())
                .map(step -> new StepProgress(step, StepState.PENDING, 0, 0, 0, List.of(), "")).toList();
    }

    /** Told the data set folder of every run that ends done (its views are registered by then). */
    public void setOnDatasetReady(Consumer<Path> listener) {
        onDatasetReady = listener;
    }

    /** Starts a run of the form's request; a wrong field is said in the message and nothing starts. */
    public void run() {
        if (running.get()) {
            return;
        }
        Optional<PipelineRequest> asked = form.request();
        if (asked.isEmpty()) {
            say(form.errorBinding().get(), true);
            return;
        }
        try {
            run = backend.start(asked.get());
        } catch (RuntimeException e) {
            say("Could not start the run: " + EngineErrors.describe(e), true);
            return;
        }
        request = asked.get();
        outcome.set(null);
        stopping.set(false);
        say("", false);
        running.set(true);
        sample();
    }

    /** Ends the running step (its Spark jobs are cancelled); the button stays disabled until the run has ended. */
    public void stop() {
        if (running.get() && !stopping.get()) {
            stopping.set(true);
            run.stop();
        }
    }

    /** Reads the run once: call once per frame (or on a ~200 ms timer) while running; the run's end is seen here. */
    public void sample() {
        if (run == null || !running.get()) {
            return;
        }
        boolean ended = run.future().isDone();
        PipelineSnapshot now = ended ? run.future().join() : run.snapshot();
        show(now);
        if (ended) {
            end(now);
        }
    }

    private void show(PipelineSnapshot now) {
        List<StepProgress> rows = now.steps();
        if (!rows.equals(steps)) {
            steps.setAll(rows);
        }
        total.set(PipelineTexts.total(now, stopping.get(), existing()));
    }

    private void end(PipelineSnapshot last) {
        running.set(false);
        stopping.set(false);
        outcome.set(last.state());
        say(switch (last.state()) {
            case DONE -> "The dashboard now shows the run's data set, " + request.datasetFolder();
            case FAILED -> PipelineTexts.failed(last, existing());
            case STOPPED -> PipelineTexts.stopped(last, existing());
            default -> "";
        }, last.state() == StepState.FAILED);
        if (last.state() == StepState.DONE) {
            onDatasetReady.accept(request.datasetFolder());
        }
    }

    private void say(String text, boolean isProblem) {
        problem.set(isProblem);
        message.set(text);
    }

    /** Whether the running (or last) run reads an existing data set rather than generating one. */
    boolean existing() {
        return request != null && request.dataset().isPresent();
    }

    /** The name of a step's row, as the run being shown calls it. */
    public String stepName(StepProgress step) {
        return PipelineTexts.step(step.step(), request != null ? existing() : form.sourceProperty().get() == PipelineForm.Source.OPEN);
    }

    public PipelineForm form() {
        return form;
    }

    public ObservableList<StepProgress> steps() {
        return steps;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty stoppingProperty() {
        return stopping.getReadOnlyProperty();
    }

    /** The total line: state and elapsed time of the run shown. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** What went wrong (a field, or the failing step), or where a finished run's data set is. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the message says something went wrong (a refused field, a run that failed). */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** How the last run ended; null before the first run ends and while one runs. */
    public ReadOnlyObjectProperty<StepState> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
