package io.sparkworkbench.testing;

import io.sparkworkbench.engine.pipeline.PipelineRequest;
import io.sparkworkbench.engine.pipeline.PipelineService;
import io.sparkworkbench.engine.pipeline.PipelineSnapshot;
import java.nio.file.Path;

/** One complete pipeline run at scale 0.1 per test JVM, shared by the tests that read its outputs. */
public final class PipelineRuns {

    public static final double SCALE = 0.1;
    private static PipelineSnapshot first;
    private static PipelineService service;

    private PipelineRuns() {
    }

    public static synchronized PipelineService service() {
        if (service == null) {
            service = new PipelineService(SharedSparkEngine.get());
        }
        return service;
    }

    /** The first run, into a fresh folder (every step ran). */
    public static synchronized PipelineSnapshot first() {
        if (first == null) {
            Path out = GeneratedData.tempFolder("pipeline");
            first = service().start(PipelineRequest.generate(SCALE, GeneratedData.SEED, out)).future().join();
        }
        return first;
    }

    public static Path out() {
        return first().outputFolder();
    }
}
