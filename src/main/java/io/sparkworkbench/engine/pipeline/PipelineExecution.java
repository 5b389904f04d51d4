package io.sparkworkbench.engine.pipeline;

import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.EngineThreads;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetManifest;
import io.sparkworkbench.engine.ml.DatasetKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run on the pipeline's own thread, which only schedules: each step runs on one of {@value #STEPS_AT_ONCE} step
 * threads (which only wait: every piece of Spark work is an engine action) once the steps it starts after have ended,
 * so steps that do not read each other's outputs (churn, recommendations, graph) run side by side (ADR 0049). A step
 * whose fingerprint (its parameters and its inputs' fingerprints) matches the record of a complete output is skipped
 * and its views registered from Parquet; otherwise it runs and its output replaces the old one atomically. The first
 * step that fails or is stopped ends the run: no step starts after it, the steps already running finish (their
 * outputs are complete), and the steps not started stay pending.
 */
final class PipelineExecution {

    /** Steps running at once: two keep both cores busy where one step's jobs leave a core waiting on the driver. */
    static final int STEPS_AT_ONCE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(PipelineExecution.class);

    private final SparkEngine engine;
    private final PipelineRequest request;
    private final PipelineRun run;
    private final StepStore store;
    private final StepActions actions;
    private final PipelineService.Services services;
    private final Map<PipelineStep, String> fingerprints = new ConcurrentHashMap<>();

    /** How a step ended, as the scheduler hears of it. */
    private record Ended(PipelineStep step, StepState state) {
    }

    PipelineExecution(SparkEngine engine, PipelineRequest request, PipelineRun run, PipelineService.Services services) {
        this.engine = engine;
        this.request = request;
        this.run = run;
        this.store = new StepStore(request.out());
        this.actions = new StepActions(engine, request, run, services);
        this.services = services;
    }

    void run() {
        run.started();
        String runId = run.snapshot().runId();
        StepState outcome;
        String message;
        ExecutorService stepThreads = EngineThreads.newPool("engine-pipeline-step", STEPS_AT_ONCE);
        try {
            prepareOutputFolder();
            String[] said = {""};
            outcome = schedule(runId, stepThreads, said);
            message = said[0];
        } catch (RuntimeException e) {
            outcome = StepState.FAILED;
            message = EngineErrors.describe(e);
            LOG.warn("Pipeline run {} failed: {}", runId, message);
        } finally {
            stepThreads.shutdownNow();
        }
        StepState end = outcome;
        String said = message;
        run.update(s -> PipelineSnapshots.ended(s, end, run.totalSeconds(), said));
        LOG.info("Pipeline run {} into {}: {} in {} s", runId, request.out(), end.label(), String.format("%.1f", run.totalSeconds()));
        run.finish();
    }

    /**
     * Starts each step, in the request's order, once a step thread is free and the steps it starts after have ended
     * (its inputs done or skipped); returns the run's state and puts its message in {@code said[0]}.
     */
    private StepState schedule(String runId, ExecutorService threads, String[] said) {
        List<PipelineStep> pending = new ArrayList<>(request.steps());
        Map<PipelineStep, StepState> ended = new EnumMap<>(PipelineStep.class);
        CompletionService<Ended> completion = new ExecutorCompletionService<>(threads);
        DatasetKey key = null;
        int running = 0;
        StepState outcome = StepState.DONE;
        try {
            while (true) {
                if (outcome == StepState.DONE && !run.isStopRequested()) {
                    for (Iterator<PipelineStep> it = pending.iterator(); it.hasNext() && running < STEPS_AT_ONCE; ) {
                        PipelineStep step = it.next();
                        if (ready(step, ended)) {
                            it.remove();
                            running++;
                            DatasetKey inputKey = key;
                            completion.submit(() -> new Ended(step, runStep(step, runId, inputKey)));
                        }
                    }
                }
                if (running == 0) {
                    break;
                }
                Ended done = completion.take().get();
                running--;
                ended.put(done.step(), done.state());
                if (done.step() == PipelineStep.GENERATE && done.state().succeeded()) {
                    key = DatasetKey.of(request.datasetFolder());
                }
                if (!done.state().succeeded() && outcome == StepState.DONE) {
                    outcome = done.state();
                    said[0] = done.step().id() + ": " + run.snapshot().step(done.step()).message();
                }
            }
        } catch (InterruptedException e) {
            run.stop();
            Thread.currentThread().interrupt();
            said[0] = "Interrupted";
            return StepState.STOPPED;
        } catch (ExecutionException e) {
            throw new EngineException("A pipeline step ended abnormally: " + EngineErrors.describe(e.getCause()), e.getCause());
        }
        if (outcome == StepState.DONE && !pending.isEmpty()) {
            said[0] = "Stopped before " + pending.get(0).id();
            return StepState.STOPPED;
        }
        return outcome;
    }

    /** Whether every step {@code step} starts after has ended, its inputs with their output there. */
    private boolean ready(PipelineStep step, Map<PipelineStep, StepState> ended) {
        List<PipelineStep> plan = request.steps();
        for (PipelineStep before : step.startsAfter()) {
            if (!plan.contains(before)) {
                continue;
            }
            StepState state = ended.get(before);
            if (state == null || (step.upstream().contains(before) && !state.succeeded())) {
                return false;
            }
        }
        return true;
    }

    private StepState runStep(PipelineStep step, String runId, DatasetKey key) {
        run.stepStarted(step);
        run.update(s -> PipelineSnapshots.step(s, step, StepState.RUNNING, 0, 0, ""));
        try {
            DatasetKey existing = step == PipelineStep.GENERATE && request.dataset().isPresent() ? DatasetKey.of(request.datasetFolder()) : null;
            String parameters = step == PipelineStep.LIVE ? liveParameters(runId) : actions.parameters(step, existing);
            String fingerprint = fingerprint(step, parameters);
            Optional<StepRecord> unchanged = store.unchanged(step, fingerprint).filter(r -> outputPresent(step));
            long rows;
            StepState state;
            String message = "";
            if (unchanged.isPresent()) {
                reuse(step);
                rows = unchanged.get().rows();
                state = StepState.SKIPPED_UNCHANGED;
                message = "unchanged, skipped";
            } else if (step == PipelineStep.GENERATE) {
                rows = actions.generate();
                store.saveRecord(step, new StepRecord(fingerprint, rows, runId, parameters, ""));
                state = StepState.DONE;
            } else {
                String metrics;
                if (step == PipelineStep.LIVE) {
                    LiveStep.Outcome live = liveStep().run(request, request.live().orElseThrow());
                    metrics = live.metrics();
                    message = live.message();
                } else {
                    metrics = actions.compute(step, key);
                }
                rows = run.await(step, engine.submit("Pipeline: write " + step.id(), EnginePool.BACKGROUND,
                        context -> store.save(context.spark(), step, fingerprint, runId, parameters, metrics)));
                state = StepState.DONE;
            }
            fingerprints.put(step, fingerprint);
            long written = rows;
            String said = message;
            run.update(s -> PipelineSnapshots.step(s, step, state, written, run.stepSeconds(step), said));
            return state;
        } catch (InterruptedException | RuntimeException e) {
            boolean stopped = run.isStopRequested() || e instanceof CancellationException || e instanceof InterruptedException;
            StepState state = stopped ? StepState.STOPPED : StepState.FAILED;
            String message = stopped ? "Stopped; the previous output is kept" : EngineErrors.describe(e);
            if (!stopped) {
                LOG.warn("Pipeline step {} failed: {}", step.id(), message, e);
            }
            run.update(s -> PipelineSnapshots.step(s, step, state, 0, run.stepSeconds(step), message));
            return state;
        }
    }

    private LiveStep liveStep() {
        if (services.live() == null) {
            throw new EngineException("This pipeline has no live session to start the stream in");
        }
        return new LiveStep(services.live(), run);
    }

    /** The run's id is in them: a stream gives new events every time, so its output is never reused. */
    private String liveParameters(String runId) {
        LiveStepRequest live = request.live().orElseThrow();
        return String.format(Locale.ROOT, "v1;simulator;events_per_s=%d;run_for_s=%d;run=%s", live.eventsPerSecond(),
                live.runFor().toSeconds(), runId);
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
