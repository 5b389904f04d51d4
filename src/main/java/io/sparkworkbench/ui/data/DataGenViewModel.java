package io.sparkworkbench.ui.data;

import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.datagen.GenerationResult;
import io.sparkworkbench.engine.datagen.GenerationRun;
import io.sparkworkbench.engine.datagen.TableProgress;
import io.sparkworkbench.engine.dataset.TableSummary;
import io.sparkworkbench.ui.common.TaskRunner;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Generate and Stop for the data tab; per-table progress is sampled from the run, never pushed. */
public final class DataGenViewModel {

    private final DataGenService service;
    private final TaskRunner runner;
    private final GenerationForm form;
    private final DatasetViewModel dataset;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty overallProgress = new SimpleDoubleProperty();
    private final ObservableList<TableProgress> progress = FXCollections.observableArrayList();
    private GenerationRun run;
    private List<TableProgress> lastProgress = List.of();

    public DataGenViewModel(DataGenService service, TaskRunner runner, GenerationForm form, DatasetViewModel dataset) {
        this.service = service;
        this.runner = runner;
        this.form = form;
        this.dataset = dataset;
    }

    /** Starts a run unless one is running or the form is invalid (then the status says why). */
    public boolean generate() {
        if (running.get()) {
            return false;
        }
        Optional<GenerationRequest> request = form.request();
        if (request.isEmpty()) {
            status.set(form.errorBinding().get());
            return false;
        }
        GenerationRequest r = request.get();
        io.sparkworkbench.engine.StartupTrace.mark("first_generation_started");
        run = service.generate(r);
        running.set(true);
        overallProgress.set(-1);
        status.set(String.format(Locale.US, "Generating %,d rows into %s…", form.selectedRows(), r.outputFolder()));
        GenerationRun current = run;
        runner.run(current.task(), result -> finished(current, result), error -> failed(current, error),
                () -> stopped(current));
        return true;
    }

    public void stop() {
        if (run != null && running.get()) {
            status.set("Stopping…");
            run.cancel();
        }
    }

    /** Reads the run's per-table progress; call once per frame while running. */
    public void refreshProgress() {
        if (run == null) {
            return;
        }
        List<TableProgress> now = run.progress();
        if (!now.equals(lastProgress)) {
            lastProgress = now;
            progress.setAll(now);
            long done = now.stream().filter(p -> p.phase() == TableProgress.Phase.DONE).count();
            overallProgress.set(running.get() ? (done == 0 ? -1 : (double) done / now.size()) : 1);
        }
    }

    private void finished(GenerationRun finished, GenerationResult result) {
        refreshProgress();
        end(finished);
        long rows = result.tables().stream().mapToLong(TableSummary::rows).sum();
        String text = String.format(Locale.US, "Generated %d tables, %,d rows in %.2f s into %s",
                result.tables().size(), rows, result.seconds(), result.folder());
        status.set(text);
        io.sparkworkbench.engine.StartupTrace.mark("first_generation_done");
        dataset.show(result.folder(), result.tables(), text);
    }

    private void failed(GenerationRun failed, Throwable error) {
        refreshProgress();
        end(failed);
        status.set("Generation failed: " + EngineErrors.describe(error) + ". No table in the output folder was changed.");
    }

    private void stopped(GenerationRun stopped) {
        refreshProgress();
        end(stopped);
        status.set("Stopped. No table in the output folder was changed.");
    }

    private void end(GenerationRun ended) {
        if (ended == run) {
            running.set(false);
            overallProgress.set(0);
        }
    }

    public GenerationForm form() {
        return form;
    }

    public DatasetViewModel dataset() {
        return dataset;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public DoubleProperty overallProgressProperty() {
        return overallProgress;
    }

    public ObservableList<TableProgress> progress() {
        return progress;
    }
}
