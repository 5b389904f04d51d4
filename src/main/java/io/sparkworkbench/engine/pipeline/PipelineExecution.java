package io.sparkworkbench.engine.pipeline;

import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetManifest;
import io.sparkworkbench.engine.ml.DatasetKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run, step after step, on the pipeline's own thread (which only waits: every piece of Spark work is an engine
 * action). A step whose fingerprint (its parameters and its inputs' fingerprints) matches the record of a complete
 * output is skipped and its views registered from Parquet; otherwise it runs and its output replaces the old one
 * atomically. The first step that fails or is stopped ends the run; the steps after it stay pending.
 */
final class PipelineExecution {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineExecution.class);

    private final SparkEngine engine;
    private final PipelineRequest request;
    private final PipelineRun run;
    private final StepStore store;
    private final StepActions actions;
    private final Map<PipelineStep, String> fingerprints = new EnumMap<>(PipelineStep.class);

    PipelineExecution(SparkEngine engine, PipelineRequest request, PipelineRun run, PipelineService.Services services) {
        this.engine = engine;
        this.request = request;
        this.run = run;
        this.store = new StepStore(request.out());
        this.actions = new StepActions(engine, request, run, services);
    }

    void run() {
        run.started();
        String runId = run.snapshot().runId();
        StepState outcome = StepState.DONE;
        String message = "";
        try {
            prepareOutputFolder();
            DatasetKey key = null;
            for (PipelineStep step : PipelineStep.values()) {
                if (run.isStopRequested()) {
                    outcome = StepState.STOPPED;
                    message = "Stopped before " + step.id();
                    break;
                }
                StepState state = runStep(step, runId, key);
                if (!state.succeeded()) {
                    outcome = state;
                    message = step.id() + ": " + run.snapshot().step(step).message();
                    break;
                }
                if (step == PipelineStep.GENERATE) {
                    key = DatasetKey.of(request.datasetFolder());
                }
            }
        } catch (RuntimeException e) {
            outcome = StepState.FAILED;
            message = EngineErrors.describe(e);
            LOG.warn("Pipeline run {} failed: {}", runId, message);
        }
        StepState end = outcome;
        String said = message;
        run.update(s -> PipelineSnapshots.ended(s, end, run.totalSeconds(), said));
        LOG.info("Pipeline run {} into {}: {} in {} s", runId, request.out(), end.label(), String.format("%.1f", run.totalSeconds()));
        run.finish();
    }

    private StepState runStep(PipelineStep step, String runId, DatasetKey key) {
        run.stepStarted();
        run.update(s -> PipelineSnapshots.step(s, step, StepState.RUNNING, 0, 0, ""));
        try {
            DatasetKey existing = step == PipelineStep.GENERATE && request.dataset().isPresent() ? DatasetKey.of(request.datasetFolder()) : null;
            String parameters = actions.parameters(step, existing);
            String fingerprint = fingerprint(step, parameters);
            Optional<StepRecord> unchanged = store.unchanged(step, fingerprint).filter(r -> outputPresent(step));
            long rows;
            StepState state;
            if (unchanged.isPresent()) {
                reuse(step);
                rows = unchanged.get().rows();
                state = StepState.SKIPPED_UNCHANGED;
            } else if (step == PipelineStep.GENERATE) {
                rows = actions.generate();
                store.saveRecord(step, new StepRecord(fingerprint, rows, runId, parameters, ""));
                state = StepState.DONE;
            } else {
                String metrics = actions.compute(step, key);
                rows = run.await(step, engine.submit("Pipeline: write " + step.id(), EnginePool.BACKGROUND,
                        context -> store.save(context.spark(), step, fingerprint, runId, parameters, metrics)));
                state = StepState.DONE;
            }
            fingerprints.put(step, fingerprint);
            long written = rows;
            run.update(s -> PipelineSnapshots.step(s, step, state, written, run.stepSeconds(),
                    state == StepState.SKIPPED_UNCHANGED ? "unchanged, skipped" : ""));
            return state;
        } catch (RuntimeException e) {
            boolean stopped = run.isStopRequested() || e instanceof CancellationException;
            StepState state = stopped ? StepState.STOPPED : StepState.FAILED;
            String message = stopped ? "Stopped; the previous output is kept" : EngineErrors.describe(e);
            if (!stopped) {
                LOG.warn("Pipeline step {} failed: {}", step.id(), message, e);
            }
            run.update(s -> PipelineSnapshots.step(s, step, state, 0, run.stepSeconds(), message));
            return state;
        }
    }

    /** Registers a skipped step's views again: the data set's tables, or the step's Parquet tables. */
    private void reuse(PipelineStep step) {
        if (step == PipelineStep.GENERATE) {
            actions.open(request.datasetFolder());
        } else {
            run.await(step, engine.submit("Pipeline: reuse " + step.id(), EnginePool.BACKGROUND, context -> {
                store.register(context.spark(), step);
                return null;
            }));
        }
    }

    /** The generate step's output is the data set folder: a generated one must still hold its manifest. */
    private boolean outputPresent(PipelineStep step) {
        return step != PipelineStep.GENERATE || Files.isRegularFile(request.datasetFolder().resolve(DatasetManifest.FILE_NAME))
                || request.dataset().isPresent();
    }

    private String fingerprint(PipelineStep step, String parameters) {
        MessageDigest digest = sha256();
        digest.update((step.id() + "\n" + parameters + "\n").getBytes(StandardCharsets.UTF_8));
        for (PipelineStep input : step.upstream()) {
            digest.update((input.id() + "=" + fingerprints.get(input) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Fails the run at once, naming the folder, when the output folder cannot be made or written. */
    private void prepareOutputFolder() {
        Path folder = request.out().resolve(StepStore.FOLDER);
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(Files.createTempFile(folder, ".probe", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new EngineException("Cannot write the pipeline's output folder " + request.out() + ": " + e, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
