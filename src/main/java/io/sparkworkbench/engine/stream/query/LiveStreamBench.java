package io.sparkworkbench.engine.stream.query;

import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The measurement behind {@code bench streaming}: every live query running over events written at a fixed
 * rate (five files a second, event time = wall clock), then figures. A warm-up (first batches compile their
 * code and create their state) is written but not measured. Blocks the caller for warm-up + duration + drain.
 */
public final class LiveStreamBench {

    private static final Logger LOG = LoggerFactory.getLogger(LiveStreamBench.class);
    private static final int FILES_PER_SECOND = 5;

    /**
     * @param sustainedEventsPerSecond events per second the slowest query processed over the measured period
     * @param backlogEvents events written but not yet processed by the slowest query when writing stopped
     * @param drainMs after writing stopped, until every query had processed every event (-1: not within the limit)
     * @param latencyP50Ms end-to-end latency (written → in the query's snapshot) over every query's events
     * @param perQueryEventsPerSecond each query's processed events per second over the measured period
     * @param perQueryBatchMedians per query, the median batch and where its time went (ms; {@link BatchBreakdown})
     */
    public record Result(int targetEventsPerSecond, long measuredMs, long eventsWritten, double sustainedEventsPerSecond,
            long backlogEvents, long drainMs, long latencyP50Ms, long latencyP95Ms, long maxBatchMs,
            Map<String, Double> perQueryEventsPerSecond, Map<String, Long> perQueryLatencyP95Ms, Map<String, String> perQueryBatchMedians) {

        /** The queries kept up: what was written during the run was processed within two trigger intervals of its end. */
        public boolean keptUp(LiveTrigger trigger) {
            return drainMs >= 0 && drainMs <= 2 * Math.max(trigger.interval().toMillis(), 1000);
        }
    }

    private LiveStreamBench() {
    }

    public static Result run(SparkEngine engine, Path workFolder, int eventsPerSecond, Duration warmup, Duration duration, LiveTrigger trigger)
            throws Exception {
        Path input = workFolder.resolve("bench-events");
        FileTrees.deleteQuietly(input);
        EventFiles files = new EventFiles(input, "bench");
        LiveStreamConfig config = LiveStreamConfig.defaults().withTrigger(trigger).withScope("bench");
        LiveStreamService service = new LiveStreamService(engine, LiveInput.jsonFolder(input, 0), config);
        BatchBreakdown breakdown = new BatchBreakdown(0);
        org.apache.spark.sql.SparkSession spark = engine.awaitSession();
        spark.streams().addListener(breakdown);
        service.startAllFresh();
        AtomicLong written = new AtomicLong();
        AtomicReference<Exception> writeFailure = new AtomicReference<>();
        SyntheticEvents events = new SyntheticEvents(2026);
        int perFile = Math.max(1, eventsPerSecond / FILES_PER_SECOND);
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-event-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            writer.scheduleAtFixedRate(() -> {
                long now = System.currentTimeMillis();
                try {
                    files.write(events.next(perFile, now - 1000 / FILES_PER_SECOND, 1000 / FILES_PER_SECOND, now));
                    written.addAndGet(perFile);
                } catch (IOException e) {
                    writeFailure.set(e);
                }
            }, 0, 1000 / FILES_PER_SECOND, TimeUnit.MILLISECONDS);
            Thread.sleep(warmup.toMillis());
            long measureStart = System.currentTimeMillis();
            Map<String, Long> processedAtStart = processed(service);
            Thread.sleep(duration.toMillis());
            writer.shutdown();
            writer.awaitTermination(10, TimeUnit.SECONDS);
            long measureEnd = System.currentTimeMillis();
            if (writeFailure.get() != null) {
                throw writeFailure.get();
            }
            Map<String, Long> processedAtEnd = processed(service);
            long total = written.get();
            long slowest = processedAtEnd.values().stream().mapToLong(Long::longValue).min().orElse(0);
            long drain = awaitDrained(service, total, Duration.ofMinutes(2));
            return figures(service, eventsPerSecond, measureStart, measureEnd, total, total - slowest, drain, processedAtStart, processedAtEnd,
                    breakdown.medians(measureStart, measureEnd));
        } finally {
            spark.streams().removeListener(breakdown);
            writer.shutdownNow();
            service.stopAll().get(2, TimeUnit.MINUTES);
        }
    }

    /**
     * The cost of one live batch: {@code batches} files of {@code eventsPerBatch} events (a second of event time
     * each) written first, then every live query at once, one file a batch, with {@code shufflePartitions}
     * (0 = the live rule) and the projection {@code factoryMode} (null = the live rule, {@code "FALLBACK"}:
     * Spark's default, generated code): per query the median batch and its parts over all but the first two batches (which
     * generate code and create state). A fixed workload, so on a loaded machine runs compare by batch, not by wall time.
     *
     * @param separateQueries each of the five charts its own Spark aggregation, as before ADR 0055 (the fold's peer)
     */
    public static Map<String, String> batchCosts(SparkEngine engine, Path workFolder, int eventsPerBatch, int batches, int shufflePartitions,
            String factoryMode, boolean separateQueries) throws Exception {
        String variant = (separateQueries ? "5q" : "live") + shufflePartitions
                + (factoryMode == null ? "" : "-" + factoryMode.toLowerCase(java.util.Locale.ROOT));
        Path input = fixedWorkload(workFolder.resolve("cost-events-" + variant), "cost", eventsPerBatch, batches);
        LiveStreamConfig config = LiveStreamConfig.defaults().withTrigger(LiveTrigger.availableNow()).withScope("cost" + variant);
        LiveInput events = LiveInput.jsonFolder(input, 1);
        LiveStreamService service = separateQueries ? LiveStreamService.separateQueries(engine, events, config)
                : new LiveStreamService(engine, events, config);
        BatchBreakdown breakdown = new BatchBreakdown(2);
        org.apache.spark.sql.SparkSession spark = engine.awaitSession();
        spark.streams().addListener(breakdown);
        LiveQueryConf.benchCount(shufflePartitions);
        LiveQueryConf.benchFactoryMode(factoryMode);
        try {
            service.startAllFresh();
            service.whenAllEnded().get(30, TimeUnit.MINUTES);
            processed(service);
        } finally {
            LiveQueryConf.benchCount(0);
            LiveQueryConf.benchFactoryMode(null);
            spark.streams().removeListener(breakdown);
            service.stopAll().get(2, TimeUnit.MINUTES);
            FileTrees.deleteQuietly(input);
        }
        Map<String, String> medians = breakdown.medians(0, Long.MAX_VALUE);
        LOG.info("bench streaming: batch costs at {} shuffle partitions, factory mode {}: {}", shufflePartitions, factoryMode, medians);
        return medians;
    }

    /**
     * Writes the fixed workload into a fresh {@code input}: {@code batches} files of {@code eventsPerBatch} events, each
     * a second of event time ending now, oldest first.
     */
    static Path fixedWorkload(Path input, String prefix, int eventsPerBatch, int batches) throws IOException {
        FileTrees.deleteQuietly(input);
        EventFiles files = new EventFiles(input, prefix);
        SyntheticEvents events = new SyntheticEvents(2026);
        long t0 = System.currentTimeMillis() - batches * 1000L;
        for (int b = 0; b < batches; b++) {
            files.write(events.next(eventsPerBatch, t0 + b * 1000L, 1000, System.currentTimeMillis()));
        }
        return input;
    }

    private static Map<String, Long> processed(LiveStreamService service) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (QueryStatus s : service.status()) {
            if (s.state() == QueryStatus.State.FAILED) {
                throw new IllegalStateException("bench streaming: " + s.message());
            }
            out.put(s.view(), s.inputRows());
        }
        return out;
    }

    private static long awaitDrained(LiveStreamService service, long written, Duration limit) throws InterruptedException {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < limit.toNanos()) {
            if (processed(service).values().stream().allMatch(n -> n >= written)) {
                return (System.nanoTime() - t0) / 1_000_000;
            }
            Thread.sleep(50);
        }
        return -1;
    }

    private static Result figures(LiveStreamService service, int rate, long start, long end, long written, long backlog, long drain,
            Map<String, Long> atStart, Map<String, Long> atEnd, Map<String, String> batchMedians) {
        double seconds = (end - start) / 1000.0;
        LatencyDistribution all = new LatencyDistribution();
        Map<String, Double> perQueryRate = new LinkedHashMap<>();
        Map<String, Long> perQueryP95 = new LinkedHashMap<>();
        long maxBatch = 0;
        for (String view : service.queryNames()) {
            List<LatencyProfile> profiles = new ArrayList<>();
            for (BatchMetrics m : service.metrics(view)) {
                if (m.timestampMs() >= start && m.timestampMs() <= end) {
                    maxBatch = Math.max(maxBatch, m.batchDurationMs());
                    if (m.latency() != null) {
                        profiles.add(m.latency());
                    }
                }
            }
            LatencyDistribution one = new LatencyDistribution();
            one.addAll(profiles);
            all.addAll(profiles);
            perQueryP95.put(view, one.percentile(0.95));
            perQueryRate.put(view, (atEnd.get(view) - atStart.get(view)) / seconds);
        }
        double sustained = perQueryRate.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        Result r = new Result(rate, end - start, written, sustained, backlog, drain, all.percentile(0.5), all.percentile(0.95), maxBatch,
                perQueryRate, perQueryP95, batchMedians);
        LOG.info("bench streaming: {}", r);
        return r;
    }
}
