package io.sparkworkbench.engine.stream.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live queries' own configuration: shuffle partitions (ADR 0032) — a fresh checkpoint records the live count,
 * the session's own count is left as it was, and a checkpoint written with the session's count resumes with it,
 * counting right — and interpreted projections in every batch (ADR 0033), the session keeping its own mode.
 */
class LiveQueryConfTest {

    private static final Pattern PARTITIONS = Pattern.compile("\"spark\\.sql\\.shuffle\\.partitions\":\"(\\d+)\"");
    private final SparkEngine engine = SharedSparkEngine.get();

    @TempDir
    Path input;

    @Test
    void aFreshLiveQueryRunsWithTheLiveCountAndTheSessionKeepsItsOwn() throws Exception {
        SparkSession spark = engine.awaitSession();
        String sessionCount = spark.conf().get(LiveQueryConf.PARTITIONS_KEY);
        new EventFiles(input, "fresh").write(new SyntheticEvents(3).next(300, LiveQueriesTest.T0, 30_000, System.currentTimeMillis()));
        LiveStreamService service = service("partitions-fresh");
        service.startFresh(EventCountsQuery.VIEW);
        service.whenAllEnded().get(3, TimeUnit.MINUTES);

        assertThat(service.eventCounts().total()).isEqualTo(300);
        Path checkpoint = Path.of(service.status(EventCountsQuery.VIEW).checkpointFolder());
        assertThat(recordedPartitions(checkpoint, 0)).isEqualTo(LiveQueryConf.forSession(spark)).isEqualTo(1);
        assertThat(spark.conf().get(LiveQueryConf.PARTITIONS_KEY)).isEqualTo(sessionCount).isNotEqualTo("1");
    }

    @Test
    void liveBatchesRunWithInterpretedProjectionsWhileTheSessionKeepsGeneratedOnes() throws Exception {
        SparkSession spark = engine.awaitSession();
        String sessionMode = spark.conf().get(LiveQueryConf.FACTORY_MODE_KEY);
        new EventFiles(input, "mode").write(new SyntheticEvents(4).next(50, LiveQueriesTest.T0, 5_000, System.currentTimeMillis()));
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        StreamingQuery query = engine.submit("test: factory mode", ctx -> LiveQueryConf.start(ctx.spark(), () -> {
            // A checkpoint an earlier run left would name that run's input files, long deleted.
            io.sparkworkbench.engine.FileTrees.deleteQuietly(ctx.checkpointFolder("factory-mode-test"));
            return LiveInput.jsonFolder(input, 0).open(ctx.spark()).writeStream()
                        .option("checkpointLocation", ctx.checkpointFolder("factory-mode-test").toString())
                        .trigger(org.apache.spark.sql.streaming.Trigger.AvailableNow())
                        .foreachBatch((org.apache.spark.api.java.function.VoidFunction2<org.apache.spark.sql.Dataset<org.apache.spark.sql.Row>, Long>)
                                (batch, id) -> seen.add(batch.sparkSession().conf().get(LiveQueryConf.FACTORY_MODE_KEY)))
                        .start();
        })).future().get(3, TimeUnit.MINUTES);
        query.awaitTermination(TimeUnit.MINUTES.toMillis(3));
        assertThat(seen).isNotEmpty().containsOnly("NO_CODEGEN");
        assertThat(spark.conf().get(LiveQueryConf.FACTORY_MODE_KEY)).isEqualTo(sessionMode).isNotEqualTo("NO_CODEGEN");
    }

    @Test
    void aCheckpointStartedWithTheSessionsCountResumesWithItAndCountsEveryEventOnce() throws Exception {
        SparkSession spark = engine.awaitSession();
        SyntheticEvents events = new SyntheticEvents(5);
        EventFiles files = new EventFiles(input, "old");
        files.write(events.next(200, LiveQueriesTest.T0, 20_000, System.currentTimeMillis()));
        LiveStreamService service = service("partitions-old");
        // As a checkpoint from before the live count: the same query, started on the session's own count.
        Path checkpoint = engine.submit("test: old checkpoint", ctx -> {
            Path folder = ctx.checkpointFolder(EventCountsQuery.VIEW + "-partitions-old");
            io.sparkworkbench.engine.FileTrees.deleteQuietly(folder);
            StreamingQuery old = new EventCountsQuery().aggregate(LiveInput.jsonFolder(input, 0).open(ctx.spark()),
                            LiveStreamConfig.defaults()).writeStream().outputMode("update")
                    .option("checkpointLocation", folder.toString()).foreachBatch((org.apache.spark.api.java.function.VoidFunction2<org.apache.spark.sql.Dataset<org.apache.spark.sql.Row>, Long>) (batch, id) -> batch.count()).start();
            old.processAllAvailable();
            old.stop();
            return folder;
        }).future().get(3, TimeUnit.MINUTES);
        int sessionCount = Integer.parseInt(spark.conf().get(LiveQueryConf.PARTITIONS_KEY));
        assertThat(recordedPartitions(checkpoint, 0)).isEqualTo(sessionCount).isNotEqualTo(1);

        files.write(events.next(100, LiveQueriesTest.T0 + 20_000, 10_000, System.currentTimeMillis()));
        service.start(EventCountsQuery.VIEW);
        service.whenAllEnded().get(3, TimeUnit.MINUTES);

        assertThat(service.status(EventCountsQuery.VIEW).state()).as(service.status(EventCountsQuery.VIEW).message())
                .isEqualTo(QueryStatus.State.FINISHED);
        assertThat(recordedPartitions(checkpoint, 1)).isEqualTo(sessionCount);
        // The snapshot was empty (the old run had no workbench sink) and update mode re-emits only the keys the new
        // batch touched: the windows of the second file hold its 100 events, counted against the restored state.
        assertThat(service.eventCounts().total()).isEqualTo(100);
    }

    /** The five charts as separate Spark aggregations: a stateful event-counts query, whose shuffle partitions its checkpoint keeps. */
    private LiveStreamService service(String scope) {
        return LiveStreamService.separateQueries(engine, LiveInput.jsonFolder(input, 0),
                LiveStreamConfig.defaults().withTrigger(LiveTrigger.availableNow()).withScope(scope).withSessionGap(Duration.ofSeconds(30)));
    }

    /** The shuffle partitions Spark wrote in the checkpoint's offset log for batch {@code batchId}. */
    private static int recordedPartitions(Path checkpoint, long batchId) throws Exception {
        String log = Files.readString(checkpoint.resolve("offsets").resolve(Long.toString(batchId)), StandardCharsets.UTF_8);
        Matcher m = PARTITIONS.matcher(log);
        assertThat(m.find()).as("the offset log " + batchId + " names the shuffle partitions: " + log).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
