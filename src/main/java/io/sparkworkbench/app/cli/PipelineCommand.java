package io.sparkworkbench.app.cli;

import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.pipeline.LiveStepRequest;
import io.sparkworkbench.engine.pipeline.PipelineRequest;
import io.sparkworkbench.engine.pipeline.PipelineRun;
import io.sparkworkbench.engine.pipeline.PipelineService;
import io.sparkworkbench.engine.pipeline.PipelineSnapshot;
import io.sparkworkbench.engine.pipeline.StepProgress;
import io.sparkworkbench.engine.pipeline.StepState;
import io.sparkworkbench.engine.stream.session.LiveSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pipeline --scale S --seed N --out DIR [--live SECONDS] [--report FILE]}: the whole analysis headless, one line per step as it
 * finishes (state, rows, seconds, Spark jobs) and a total; exit 1 with the reason when a step fails. With
 * {@code --report}, a run that ended done is followed by the dashboard report (HTML or PDF by the extension); exit 1
 * when it cannot be written.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Run the whole analysis: generate the data set, the analytics tables, customer features, segments,"
                + " churn, recommendations and graph metrics, each written as Parquet under DIR/pipeline/; steps whose inputs"
                + " and settings have not changed since the last run into DIR are skipped. Steps that need only the data set"
                + " run two at a time. With --live, the live stream over the data set runs last.")
public final class PipelineCommand implements Callable<Integer> {

    /** The command's live queries keep their checkpoints apart from the Live tab's. */
    public static final String LIVE_SCOPE = "pipeline";

    /** How often the run is sampled for steps that finished. */
    private static final long SAMPLE_MILLIS = 200;

    @Option(names = "--scale", description = "Scale factor, 0.01 to 1000 (1 = 10,000 customers, 50,000 orders); required unless --dataset.")
    Double scale;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the data set (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "Output folder: the data set in DIR/dataset, the steps' tables in DIR/pipeline.")
    Path out;

    @Option(names = "--dataset", description = "Analyse this existing data folder instead of generating one.")
    Path dataset;

    @Option(names = "--k", defaultValue = "" + PipelineRequest.DEFAULT_K, description = "Customer segments for K-Means (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--live", paramLabel = "SECONDS", description = "Last, start the live stream (the clickstream simulator over"
            + " the data set), keep it running SECONDS (1 to 3600) and stop it; its windows go to DIR/pipeline/live/.")
    Integer liveSeconds;

    @Option(names = "--live-rate", paramLabel = "EVENTS", defaultValue = "" + LiveStepRequest.DEFAULT_EVENTS_PER_SECOND,
            description = "The simulator's events per second for --live (default ${DEFAULT-VALUE}).")
    int liveRate;

    @Option(names = "--report", description = "After the run, write the dashboard report (the whole date range) to FILE:"
            + " .html (one self-contained page) or .pdf.")
    Path report;

    @CommandLine.Mixin
    MasterOption master;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PipelineRequest request = request();
        SparkEngine engine = HeadlessEngine.start(master.master);
        try (LiveSession live = request.live().isPresent() ? LiveSession.scoped(engine, LIVE_SCOPE) : null) {
            return run(engine, new PipelineService(engine, live), request);
        }
    }

    private int run(SparkEngine engine, PipelineService service, PipelineRequest request) throws InterruptedException {
        PipelineRun run = service.start(request);
        PrintWriter stdout = spec.commandLine().getOut();
        int printed = 0;
        PipelineSnapshot now = run.snapshot();
        while (true) {
            boolean ended = run.future().isDone();
            now = ended ? run.future().join() : run.snapshot();
            for (; printed < now.steps().size() && now.steps().get(printed).state().finished(); printed++) {
                stdout.println(line(now.steps().get(printed)));
                stdout.flush();
            }
            if (ended) {
                break;
            }
            Thread.sleep(SAMPLE_MILLIS);
        }
        long ran = now.steps().stream().filter(s -> s.state() == StepState.DONE).count();
        long skipped = now.steps().stream().filter(s -> s.state() == StepState.SKIPPED_UNCHANGED).count();
        stdout.printf(Locale.ROOT, "total %s in %.2f s (%d run, %d unchanged) into %s%n", now.state().label(), now.seconds(), ran,
                skipped, now.outputFolder());
        stdout.flush();
        if (now.state() != StepState.DONE) {
            spec.commandLine().getErr().println("Error: the pipeline " + now.state().label() + ": " + now.message());
            return WorkbenchCommand.EXIT_FAILURE;
        }
        return report == null ? 0 : writeReport(engine, now, request);
    }

    private int writeReport(SparkEngine engine, PipelineSnapshot run, PipelineRequest request) throws InterruptedException {
        try {
            Path written = PipelineReport.write(engine, run, request.datasetFolder(), request.out(), report);
            spec.commandLine().getOut().println("report written to " + written);
            return 0;
        } catch (IOException | ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            spec.commandLine().getErr().println("Error: the report " + report + " was not written: " + EngineErrors.describe(cause));
            return WorkbenchCommand.EXIT_FAILURE;
        }
    }

    static String line(StepProgress s) {
        return String.format(Locale.ROOT, "%-10s %-18s %,12d rows %8.2f s %4d jobs%s", s.step().id(), s.state().label(), s.rows(),
                s.seconds(), s.jobs(), s.state() == StepState.FAILED ? "  " + s.message() : "");
    }

    private PipelineRequest request() {
        if (scale == null && dataset == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--scale=<scale>' (or --dataset)");
        }
        String reportProblem = report == null ? "" : PipelineReport.problem(report);
        if (!reportProblem.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), reportProblem);
        }
        try {
            if (liveSeconds != null && liveSeconds < 1) {
                throw new IllegalArgumentException("--live takes the seconds the stream runs, 1 to "
                        + LiveStepRequest.MAX_RUN_FOR.toSeconds() + ", not " + liveSeconds);
            }
            Optional<LiveStepRequest> live = liveSeconds == null ? Optional.empty()
                    : Optional.of(new LiveStepRequest(liveRate, Duration.ofSeconds(liveSeconds)));
            return new PipelineRequest(scale == null ? 1 : scale, seed, out, Optional.ofNullable(dataset), k,
                    PipelineRequest.DEFAULT_PAGERANK_ITERATIONS, PipelineRequest.DEFAULT_RECOMMENDATIONS, live);
        } catch (IllegalArgumentException | EngineException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
