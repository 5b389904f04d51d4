package io.sparkworkbench.engine.pipeline;

import io.sparkworkbench.engine.EngineThreads;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.graph.GraphService;
import io.sparkworkbench.engine.ml.recommend.RecommendService;
import io.sparkworkbench.engine.ml.segment.SegmentationService;
import io.sparkworkbench.engine.stream.session.LiveSession;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;

/**
 * The end-to-end run as the command line, the benchmark and the Dashboard see it: {@link #start} returns at once
 * with a {@link PipelineRun} to sample and stop. Runs of one service go one at a time (they share the session's
 * views), each on the pipeline's own daemon thread, which only submits engine actions and waits for them.
 */
public final class PipelineService {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** Points the segmentation result carries for the tab's plot: the pipeline draws none, so a token few. */
    private static final int SEGMENT_POINTS = 1_000;

    /**
     * The services that keep what they computed last (the segmentation's predictions, the open graph's cached tables,
     * the ALS model): one of each for all runs, so each run's fit or graph releases the previous run's instead of
     * leaving it cached for good.
     */
    /** @param live where the live step starts the stream; null when runs of this service have no live step */
    record Services(SegmentationService segmentation, RecommendService recommend, GraphService graph, LiveSession live) {
    }

    private final SparkEngine engine;
    private final Services services;
    private final ExecutorService runner = EngineThreads.newPool("engine-pipeline", 1);

    /** A service whose runs have no live step (asking for one fails that step, naming why). */
    public PipelineService(SparkEngine engine) {
        this(engine, null);
    }

    /** @param live the session the live step starts the stream in: the Live tab's in the window, the command's own otherwise */
    public PipelineService(SparkEngine engine, LiveSession live) {
        this.engine = engine;
        this.services = new Services(new SegmentationService(engine, SEGMENT_POINTS), new RecommendService(engine), new GraphService(engine),
                live);
    }

    public PipelineRun start(PipelineRequest request) {
        String runId = RUN_ID.format(LocalDateTime.now());
        PipelineSnapshot initial = new PipelineSnapshot(runId, request.out(), StepState.PENDING,
                request.steps().stream().map(StepProgress::pending).toList(), 0, "");
        PipelineRun run = new PipelineRun(initial, engine.jobs());
        runner.execute(() -> {
            run.update(s -> PipelineSnapshots.ended(s, StepState.RUNNING, 0, ""));
            new PipelineExecution(engine, request, run, services).run();
        });
        return run;
    }

    /** Stops taking runs; a run under way is not waited for (its thread is a daemon). */
    public void close() {
        runner.shutdownNow();
    }
}
