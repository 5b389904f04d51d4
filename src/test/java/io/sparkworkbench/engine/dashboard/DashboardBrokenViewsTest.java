package io.sparkworkbench.engine.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.graph.GraphViews;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A view another tab registered over Parquet files that were deleted since (a pipeline run folder removed): its
 * section says which view and what to do, the cards and the other charts are still computed.
 */
class DashboardBrokenViewsTest {

    private static final SparkEngine ENGINE = SharedSparkEngine.get();
    private static final DashboardFilter FILTER = DashboardFilter.range(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
    private final DashboardService service = new DashboardService(ENGINE);
    private Path folder;

    @BeforeEach
    void open() {
        GeneratedData.openShared(0.1);
        folder = GeneratedData.parquet(0.1).folder();
    }

    @AfterEach
    void dropViews() {
        for (String view : List.of(GraphViews.COMMUNITIES, DashboardFrames.SEGMENTS_VIEW, DashboardFrames.CHURN_VIEW)) {
            sql("DROP VIEW IF EXISTS " + view);
        }
    }

    @Test
    void deletedCommunitiesAndSegmentsAreMissingSectionsNamingTheViewWhileTheCardsAreComputed() throws IOException {
        Path communities = viewOverDeletedParquet(GraphViews.COMMUNITIES,
                "SELECT customer_id AS id, CAST(customer_id % 5 AS BIGINT) AS community FROM customers");
        Path segments = viewOverDeletedParquet(DashboardFrames.SEGMENTS_VIEW,
                "SELECT customer_id, CAST(customer_id % 3 AS INT) AS segment, concat('Group ', CAST(customer_id % 3 AS STRING)) AS name FROM customers");

        DashboardData data = service.compute(FILTER, folder).future().join();

        assertThat(data.communities().available()).isFalse();
        assertThat(data.communities().missing()).startsWith("graph_communities could not be read: file ")
                .contains(communities.toString()).contains("does not exist").endsWith(ContextSections.AGAIN_COMMUNITIES);
        assertThat(data.segments().available()).isFalse();
        assertThat(data.segments().missing()).startsWith("customer_segments could not be read: file ")
                .contains(segments.toString()).endsWith(ContextSections.AGAIN_SEGMENTS);
        assertThat(data.cards()).hasSize(Kpi.values().length);
        assertThat(data.card(Kpi.ORDERS).current()).isPositive();
        assertThat(data.topProducts()).isNotEmpty();
        assertThat(data.funnel()).hasSize(ChartQueries.FUNNEL.size());
    }

    @Test
    void aDeletedChurnViewLeavesTheSegmentsWithoutChurnAndSaysWhy() throws IOException {
        sql("CREATE OR REPLACE TEMP VIEW customer_segments AS SELECT customer_id, CAST(customer_id % 3 AS INT) AS segment,"
                + " concat('Group ', CAST(customer_id % 3 AS STRING)) AS name FROM customers");
        viewOverDeletedParquet(DashboardFrames.CHURN_VIEW, "SELECT customer_id, 0.25D AS churn_probability FROM customers");

        DashboardData data = service.compute(FILTER, folder).future().join();

        assertThat(data.segments().rows()).extracting(SegmentRisk::name).containsExactly("Group 0", "Group 1", "Group 2");
        assertThat(data.segments().rows()).allSatisfy(row -> assertThat(row.meanChurn()).isEmpty());
        assertThat(data.churnNote()).startsWith("customer_churn could not be read: file ").endsWith(ContextSections.AGAIN_CHURN);
    }

    @Test
    void aStopWhileReadingAnOptionalViewStopsTheRefreshInsteadOfMissingTheSection() {
        AtomicReference<EngineTask<Section<String>>> task = new AtomicReference<>();
        AtomicReference<String> outcome = new AtomicReference<>("not run");
        CountDownLatch submitted = new CountDownLatch(1);
        EngineTask<Section<String>> running = ENGINE.submit("test: stop in a section", context -> {
            awaitQuietly(submitted);
            try {
                Section<String> section = ContextSections.readable(context, GraphViews.COMMUNITIES, "again", () -> {
                    task.get().cancel();
                    // What Spark throws for a job cancelled by its tag (checked in Java, so wrapped here).
                    throw new IllegalStateException(new org.apache.spark.SparkException("Job 7 cancelled part of cancelled job tag " + context.tag()));
                });
                outcome.set("section: " + section.missing());
                return section;
            } catch (RuntimeException e) {
                outcome.set("stopped");
                throw e;
            }
        });
        task.set(running);
        submitted.countDown();
        assertThatThrownBy(() -> running.future().join()).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(outcome.get()).isEqualTo("stopped");
    }

    @Test
    void aFileNotFoundInSparksWordsReadsAsTheFileThatDoesNotExist() {
        RuntimeException spark = new RuntimeException("[FAILED_READ_FILE.FILE_NOT_EXIST] Error while reading file"
                + " file:/tmp/runs/r1/communities/part-00000.snappy.parquet. File does not exist. It is possible the underlying"
                + " files have been updated.");
        assertThat(UnreadableView.problem(new IllegalStateException("wrapped", spark)))
                .isEqualTo("file file:/tmp/runs/r1/communities/part-00000.snappy.parquet does not exist");
        assertThat(UnreadableView.problem(new RuntimeException("[UNRESOLVED_COLUMN] community and/or id")))
                .contains("UNRESOLVED_COLUMN");
    }

    /** Writes {@code query} to Parquet in a temp folder, registers {@code view} over it, deletes the folder. */
    private static Path viewOverDeletedParquet(String view, String query) throws IOException {
        Path dir = GeneratedData.tempFolder("broken-" + view).resolve(view);
        ENGINE.submit("test: write " + view, c -> {
            c.spark().sql(query).write().parquet(dir.toString());
            c.spark().read().parquet(dir.toString()).createOrReplaceTempView(view);
            return null;
        }).future().join();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        return dir;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sql(String query) {
        ENGINE.submit("test sql", c -> c.spark().sql(query).collectAsList()).future().join();
    }
}
