package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.stream.query.LiveStreamBench;
import io.sparkworkbench.engine.stream.query.LiveTrigger;
import io.sparkworkbench.engine.stream.source.CustomerPopulation;
import io.sparkworkbench.engine.stream.source.ProductCatalogue;
import io.sparkworkbench.engine.stream.source.SimulatorThroughput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code bench streaming}: how many events per second the clickstream simulator and its atomic writer produce,
 * then every live query at once over events written at rising rates with a 1 s trigger — the highest rate the
 * slowest query kept up with (what was written had been processed within two triggers of the end), and the
 * end-to-end latency (written → in the query's result) at 10,000 events/s.
 */
final class StreamingBenchmark {

    private static final int[] RATES = {10_000, 20_000, 50_000};
    private static final int[] QUICK_RATES = {10_000};
    private static final LiveTrigger TRIGGER = LiveTrigger.every(Duration.ofSeconds(1));

    private final SparkEngine engine;
    private final Figures figures;

    StreamingBenchmark(SparkEngine engine, Figures figures) {
        this.engine = engine;
        this.figures = figures;
    }

    void run(boolean quick) throws Exception {
        Path root = Files.createTempDirectory("spark-workbench-bench-streaming");
        try {
            source(root);
            // One live batch of a second at 10,000 events/s: the live queries (the window charts folded in one stage beside
            // the sessions query, ADR 0055) and their peer, the five separate Spark aggregations of before, in the same
            // process; the live configuration (ADR 0032/0033) and, for the peer, Spark's defaults. A fixed workload,
            // comparable by batch even on a loaded machine.
            int sessionPartitions = Integer.parseInt(engine.awaitSession().conf().get("spark.sql.shuffle.partitions"));
            record Variant(String label, int partitions, String factoryMode, boolean separate) {
            }
            List<Variant> variants = List.of(new Variant("live", 0, null, false), new Variant("five-queries", 0, null, true),
                    new Variant("five-queries-spark-default", sessionPartitions, "FALLBACK", true));
            int batches = quick ? 8 : 14;
            for (Variant v : variants) {
                LiveStreamBench.batchCosts(engine, root, 10_000, batches, v.partitions(), v.factoryMode(), v.separate()).forEach((query, medians) ->
                        figures.note("streaming.batch10k " + v.label() + " " + query + ": " + medians));
            }
            int sustained = 0;
            for (int rate : quick ? QUICK_RATES : RATES) {
                LiveStreamBench.Result r = LiveStreamBench.run(engine, root.resolve("rate" + rate), rate, Duration.ofSeconds(10),
                        Duration.ofSeconds(quick ? 20 : 30), TRIGGER);
                String at = "streaming.at" + rate;
                figures.print(at + ".processed_events_per_s", Math.round(r.sustainedEventsPerSecond()), "events/s");
                figures.print(at + ".backlog_events", r.backlogEvents(), "events");
                figures.print(at + ".drain_ms", r.drainMs(), "ms");
                figures.print(at + ".latency_p50_ms", r.latencyP50Ms(), "ms");
                figures.print(at + ".latency_p95_ms", r.latencyP95Ms(), "ms");
                figures.print(at + ".max_batch_ms", r.maxBatchMs(), "ms");
                for (Map.Entry<String, Double> q : r.perQueryEventsPerSecond().entrySet()) {
                    figures.note(at + " " + q.getKey() + ": " + Math.round(q.getValue()) + " events/s, latency p95 "
                            + r.perQueryLatencyP95Ms().get(q.getKey()) + " ms");
                }
                r.perQueryBatchMedians().forEach((query, medians) -> figures.note(at + " " + query + " median batch: " + medians));
                if (rate == RATES[0]) {
                    figures.print("streaming.latency_p50_ms", r.latencyP50Ms(), "ms");
                    figures.print("streaming.latency_p95_ms", r.latencyP95Ms(), "ms");
                }
                if (!r.keptUp(TRIGGER)) {
                    figures.note("the live queries fell behind at " + rate + " events/s (drained in " + r.drainMs() + " ms)");
                    break;
                }
                sustained = rate;
            }
            figures.print("streaming.sustained_events_per_s", sustained, "events/s");
            new LivePulseBenchmark(engine, root.resolve("scale1"), quick).run(figures);
            new LiveRestartBenchmark(engine).run(figures);
        } finally {
            GenerateBenchmark.delete(root);
        }
    }

    /** The simulator's own ceiling, over a generated scale-1 data set's products and customers. */
    private void source(Path root) {
        Path folder = root.resolve("scale1");
        new DataGenService(engine).generate(GenerationRequest.allTables(1, 42, folder, DataFormat.PARQUET)).task().future().join();
        new DatasetCatalog(engine).open(folder).future().join();
        double perSecond = engine.submit("bench streaming: simulator", ctx -> SimulatorThroughput.eventsPerSecond(root.resolve("sim"),
                ProductCatalogue.load(ctx.spark()), CustomerPopulation.of(ctx.spark(), folder), 10)).future().join();
        figures.print("streaming.source_events_per_s", Math.round(perSecond), "events/s");
    }
}
