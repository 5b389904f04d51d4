package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.pipeline.PipelineRequest;
import io.sparkworkbench.engine.pipeline.PipelineService;
import io.sparkworkbench.engine.pipeline.PipelineSnapshot;
import io.sparkworkbench.engine.pipeline.PipelineStep;
import io.sparkworkbench.engine.pipeline.StepProgress;
import io.sparkworkbench.engine.pipeline.StepState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The whole pipeline (issue 14's target: scale 1 under 60 s warm): one warm-up run in this JVM, then timed runs each
 * into a fresh folder so no step is skipped ({@code pipeline.scale1.ms}, each step's {@code pipeline.scale1.<step>.ms},
 * medians), the heap's peak over the timed runs, a re-run with nothing changed (every step skipped), and unless
 * {@code --quick} the whole pipeline at scale 10.
 */
final class PipelineBenchmark {

    private static final long SEED = 42;

    private final SparkEngine engine;
    private final Figures figures;
    private final PipelineService service;

    PipelineBenchmark(SparkEngine engine, Figures figures) {
        this.engine = engine;
        this.figures = figures;
        this.service = new PipelineService(engine);
    }

    void run(boolean quick) throws Exception {
        Path root = Files.createTempDirectory("spark-workbench-bench-pipeline");
        Set<Path> datasets = new HashSet<>();
        try {
            Path warm = root.resolve("warm-up");
            datasets.add(warm.resolve("dataset"));
            figures.note("pipeline: warm-up run at scale 1 took " + ms(run(1, warm)) + " ms");
            int runs = quick ? 1 : 3;
            List<PipelineSnapshot> timed = new ArrayList<>();
            HeapPeaks.reset();
            for (int i = 0; i < runs; i++) {
                Path out = root.resolve("scale1-" + i);
                datasets.add(out.resolve("dataset"));
                timed.add(run(1, out));
            }
            figures.print("pipeline.heap_peak_mb", HeapPeaks.peakMb(), "MB");
            figures.print("pipeline.scale1.ms", Figures.median(timed.stream().mapToDouble(PipelineBenchmark::ms).toArray()), "ms");
            for (PipelineStep step : timed.get(0).steps().stream().map(StepProgress::step).toList()) {
                double[] each = timed.stream().mapToDouble(s -> Math.round(s.step(step).seconds() * 1000)).toArray();
                figures.print("pipeline.scale1." + step.id() + ".ms", Figures.median(each), "ms");
            }
            PipelineSnapshot rerun = run(1, root.resolve("scale1-0"));
            boolean allSkipped = rerun.steps().stream().allMatch(s -> s.state() == StepState.SKIPPED_UNCHANGED);
            figures.print("pipeline.scale1.rerun_unchanged_ms", ms(rerun), "ms");
            figures.note("pipeline: the re-run with nothing changed " + (allSkipped ? "skipped every step" : "ran some steps again"));
            if (quick) {
                figures.note("--quick: no scale-10 pipeline");
            } else {
                Path out = root.resolve("scale10");
                datasets.add(out.resolve("dataset"));
                figures.print("pipeline.scale10.ms", ms(run(10, out)), "ms");
            }
        } finally {
            for (Path dataset : datasets) {
                if (Files.isDirectory(dataset)) {
                    // The models the steps saved belong to data sets that are deleted now: leave nothing in the data folder.
                    FileTrees.deleteQuietly(engine.settings().dataFolder().resolve("models").resolve(DatasetKey.of(dataset).fingerprint()));
                }
            }
            GenerateBenchmark.delete(root);
            dropStepViews();
            service.close();
        }
    }

    /** The steps' views read the folders just deleted: a group run after this one must not find them. */
    private void dropStepViews() {
        engine.submit("Bench: drop the pipeline's views", context -> {
            for (PipelineStep step : PipelineStep.values()) {
                step.views().forEach(view -> context.spark().catalog().dropTempView(view));
            }
            return null;
        }).future().join();
    }

    private PipelineSnapshot run(double scale, Path out) {
        PipelineSnapshot s = service.start(PipelineRequest.generate(scale, SEED, out)).future().join();
        if (s.state() != StepState.DONE) {
            throw new IllegalStateException("The scale-" + scale + " pipeline " + s.state().label() + ": " + s.message());
        }
        return s;
    }

    private static long ms(PipelineSnapshot s) {
        return Math.round(s.seconds() * 1000);
    }
}
