package io.sparkworkbench.engine.stream.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.stream.LiveEventSchema;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark's file source over the simulator's folder: every event read once, consumed files removed, restarts exact. */
class LiveSourceTest {

    private static final long T0 = 1_767_225_600_000L;
    private final SparkSession spark = SharedSparkEngine.get().awaitSession();

    @TempDir
    Path data;

    @Test
    void theFileSourceReadsExactlyTheEventsWrittenWithTheLiveSchema() throws Exception {
        ClickstreamSimulator sim = SimulatorFixtures.simulator(SimulatorConfig.of(21, 4_000).withLateShare(0.1), data, "exact", T0);
        SimulatorFixtures.run(sim, T0, 6_000);
        sim.flush();
        long produced = sim.counters().eventsProduced();

        runToEnd(StreamSourceSpec.liveEvents(sim.folders().incoming()), "live_exact", data.resolve("cp-exact"));
        Row totals = spark.sql("select count(*), count(distinct event_id), count(event_ts), count(emitted_ts),"
                + " count_if(event_ts < emitted_ts), count_if(event_type = 'purchase'), count(amount),"
                + " count(customer_id), count_if(product_id is not null and category is null) from live_exact").first();
        assertThat(totals.getLong(0)).isEqualTo(produced).isEqualTo(24_000);
        assertThat(totals.getLong(1)).isEqualTo(produced);
        assertThat(totals.getLong(2)).as("every event time parsed").isEqualTo(produced);
        assertThat(totals.getLong(3)).isEqualTo(produced);
        assertThat(totals.getLong(4)).isEqualTo(sim.counters().lateEvents());
        assertThat(totals.getLong(5)).isPositive().isEqualTo(totals.getLong(6));
        assertThat(totals.getLong(7)).isBetween((long) (produced * 0.6), (long) (produced * 0.8));
        assertThat(totals.getLong(8)).isZero();
        assertThat(spark.table("live_exact").schema().fieldNames()).containsExactly(LiveEventSchema.SCHEMA.fieldNames());
    }

    @Test
    void consumedFilesAreRemovedAndARestartReadsOnlyTheNewOnes() throws Exception {
        ClickstreamSimulator sim = SimulatorFixtures.simulator(SimulatorConfig.of(22, 2_000).withFiles(2_000, 250), data, "sweep", T0);
        long now = SimulatorFixtures.run(sim, T0, 5_000);
        sim.flush();
        long first = sim.counters().eventsProduced();
        long firstFiles = sim.counters().filesWritten();
        Path checkpoint = data.resolve("cp-sweep");
        Path otherReader = data.resolve("cp-other");
        StreamSourceSpec spec = StreamSourceSpec.liveEvents(sim.folders().incoming()).withMaxFilesPerTrigger(2);

        Path output = data.resolve("sweep-out");
        runIntoFiles(spec, output, checkpoint);
        assertThat(spark.read().parquet(output.toString()).count()).isEqualTo(first);
        IncomingSweeper sweeper = new IncomingSweeper();
        Files.createDirectories(otherReader);
        assertThat(sweeper.sweep(sim.folders(), List.of(checkpoint, otherReader)).files())
                .as("a second reader that has consumed nothing keeps every file").isZero();
        IncomingSweeper.Sweep swept = sweeper.sweep(sim.folders(), List.of(checkpoint));
        assertThat(swept.files()).isEqualTo(firstFiles);
        assertThat(fileCount(sim.folders().incoming())).isZero();

        SimulatorFixtures.run(sim, now, 3_000);
        sim.flush();
        long second = sim.counters().eventsProduced() - first;
        runIntoFiles(spec, output, checkpoint);
        Row after = spark.read().parquet(output.toString()).selectExpr("count(*)", "count(distinct event_id)").first();
        assertThat(after.getLong(0)).as("the restart reads the new events, none twice, none lost").isEqualTo(first + second);
        assertThat(after.getLong(1)).isEqualTo(first + second);
        assertThat(sweeper.sweep(sim.folders(), List.of(checkpoint)).files()).isEqualTo(sim.counters().filesWritten() - firstFiles);
    }

    @Test
    void sparksOwnCleanSourceDeletesFilesOfCommittedBatchesForASingleReader() throws Exception {
        ClickstreamSimulator sim = SimulatorFixtures.simulator(SimulatorConfig.of(23, 1_000).withFiles(500, 250), data, "clean", T0);
        SimulatorFixtures.run(sim, T0, 5_000);
        sim.flush();
        long files = sim.counters().filesWritten();
        StreamSourceSpec spec = StreamSourceSpec.liveEvents(sim.folders().incoming()).withMaxFilesPerTrigger(2).withCleanSource(true);

        runToEnd(spec, "live_clean", data.resolve("cp-clean"));
        assertThat(spark.table("live_clean").count()).isEqualTo(sim.counters().eventsProduced());
        // The cleaner runs on its own thread after each commit; give it a moment.
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (fileCount(sim.folders().incoming()) >= files && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(fileCount(sim.folders().incoming())).isLessThan(files);
    }

    @Test
    void aSpecWithoutAnEventTimeColumnOrFolderSaysWhatIsWrong() throws Exception {
        Path folder = Files.createDirectories(data.resolve("mine"));
        StreamSourceSpec spec = StreamSourceSpec.liveEvents(folder);
        assertThatThrownBy(() -> spec.withSchemaDdl("kind STRING, n INT", "ts").validate()).isInstanceOf(EngineException.class)
                .hasMessageContaining("no event time column 'ts'").hasMessageContaining("kind, n");
        assertThatThrownBy(() -> spec.withSchemaDdl("ts STRING", "ts").validate()).hasMessageContaining("not a timestamp");
        assertThatThrownBy(() -> spec.withSchemaDdl("ts TIMESTAMP,, x", "ts")).hasMessageContaining("not valid Spark DDL");
        assertThatThrownBy(() -> StreamSourceSpec.liveEvents(data.resolve("missing")).validate())
                .hasMessageContaining(data.resolve("missing") + " does not exist");
        assertThatThrownBy(() -> LiveSource.open(spark, spec.withMaxFilesPerTrigger(-1))).hasMessageContaining("Files per trigger");
    }

    @Test
    void aUsersCsvFolderIsReadWithItsHeaderAndSchema() throws Exception {
        Path folder = Files.createDirectories(data.resolve("csv"));
        Files.writeString(folder.resolve("a.csv"), "ts,kind\n2026-01-01T10:00:00.000Z,click\n2026-01-01T10:00:01.500Z,view\n");
        StreamSourceSpec spec = StreamSourceSpec.liveEvents(folder).withFormat(StreamSourceSpec.Format.CSV, true)
                .withSchemaDdl("ts TIMESTAMP, kind STRING", "ts");
        runToEnd(spec, "live_csv", data.resolve("cp-csv"));
        Row counts = spark.sql("select count(ts), count_if(kind = 'view') from live_csv").first();
        assertThat(counts.getLong(0)).isEqualTo(2);
        assertThat(counts.getLong(1)).isEqualTo(1);
    }

    private void runToEnd(StreamSourceSpec spec, String table, Path checkpoint) throws Exception {
        StreamingQuery query = LiveSource.open(spark, spec).writeStream().format("memory").queryName(table)
                .option("checkpointLocation", checkpoint.toString()).trigger(Trigger.AvailableNow()).start();
        query.awaitTermination();
        assertThat(query.exception().isEmpty()).isTrue();
    }

    /** A file sink: unlike the memory sink it resumes from its checkpoint, exactly once. */
    private void runIntoFiles(StreamSourceSpec spec, Path output, Path checkpoint) throws Exception {
        StreamingQuery query = LiveSource.open(spark, spec).writeStream().format("parquet").option("path", output.toString())
                .option("checkpointLocation", checkpoint.toString()).trigger(Trigger.AvailableNow()).start();
        query.awaitTermination();
        assertThat(query.exception().isEmpty()).isTrue();
    }

    private static long fileCount(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
