package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.engine.pipeline.PipelineRequest;
import io.sparkworkbench.engine.pipeline.PipelineRun;
import io.sparkworkbench.engine.pipeline.PipelineService;
import io.sparkworkbench.engine.pipeline.PipelineSnapshot;
import java.util.concurrent.CompletableFuture;

/**
 * How the "Run the whole analysis" panel reaches the engine: start a run, then sample it. An interface so the view
 * model's tests drive it with runs whose snapshots they set by hand.
 */
public interface PipelineBackend {

    /** Starts a run at once (the work goes on the pipeline's own thread); never blocks. */
    Run start(PipelineRequest request);

    /** A run in flight, as the panel samples it. */
    interface Run {

        /** The run now; atomic, never blocks on Spark. */
        PipelineSnapshot snapshot();

        /** Ends the running step; the steps after it do not start. */
        void stop();

        /** Completes with the final snapshot when the run has ended; never exceptionally. */
        CompletableFuture<PipelineSnapshot> future();
    }

    static PipelineBackend of(PipelineService service) {
        return request -> {
            PipelineRun run = service.start(request);
            return new Run() {
                @Override
                public PipelineSnapshot snapshot() {
                    return run.snapshot();
                }

                @Override
                public void stop() {
                    run.stop();
                }

                @Override
                public CompletableFuture<PipelineSnapshot> future() {
                    return run.future();
                }
            };
        };
    }
}
