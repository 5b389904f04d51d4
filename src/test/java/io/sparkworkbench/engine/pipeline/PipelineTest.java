package io.sparkworkbench.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.PipelineRuns;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The pipeline at scale 0.1 end to end: outputs, KPIs against independent SQL, skipping, and Stop. */
class PipelineTest {

    private static SparkSession spark() {
        return SharedSparkEngine.get().awaitSession();
    }

    @Test
    void everyStepRunsRegistersItsViewsAndWritesParquet() {
        PipelineSnapshot run = PipelineRuns.first();
        assertThat(run.state()).as(run.message()).isEqualTo(StepState.DONE);
        for (StepProgress step : run.steps()) {
            assertThat(step.state()).as(step.step() + ": " + step.message()).isEqualTo(StepState.DONE);
            assertThat(step.rows()).as(step.step().id()).isPositive();
            assertThat(step.jobs()).as(step.step().id() + " ran Spark jobs").isPositive();
            assertThat(step.actionIds()).isNotEmpty();
            for (String view : step.step().views()) {
                assertThat(spark().catalog().tableExists(view)).as(view).isTrue();
                Path table = run.outputFolder().resolve("pipeline").resolve(step.step().id()).resolve(view);
                assertThat(table.resolve("_SUCCESS")).as(view).isRegularFile();
                assertThat(spark().read().parquet(table.toString()).count()).as(view).isPositive();
            }
            assertThat(run.outputFolder().resolve("pipeline").resolve(step.step().id()).resolve("step.properties")).isRegularFile();
        }
        assertThat(run.outputFolder().resolve("dataset").resolve("orders")).isDirectory();
        long ordersWritten = spark().read().parquet(table("tables", "order_fact")).count();
        assertThat(run.step(PipelineStep.TABLES).rows()).isGreaterThan(ordersWritten);
    }

    @Test
    void kpisEqualIndependentSqlOverTheBaseTables() {
        PipelineRuns.first();
        SparkSession spark = spark();
        Path dataset = PipelineRuns.out().resolve("dataset");
        spark.read().parquet(dataset.resolve("orders").toString()).createOrReplaceTempView("t_orders");
        spark.read().parquet(dataset.resolve("order_items").toString()).createOrReplaceTempView("t_items");
        spark.read().parquet(table("tables", "daily_kpis")).createOrReplaceTempView("t_daily");
        spark.read().parquet(table("tables", "product_performance")).createOrReplaceTempView("t_products");

        List<Row> expected = spark.sql("SELECT CAST(order_ts AS DATE) AS day, COUNT(*) AS orders, SUM(total_amount) AS revenue"
                + " FROM t_orders WHERE status NOT IN ('cancelled', 'returned') GROUP BY 1 ORDER BY orders DESC, day LIMIT 5").collectAsList();
        assertThat(expected).hasSize(5);
        for (Row day : expected) {
            Row kpi = spark.sql("SELECT orders, revenue FROM t_daily WHERE day = DATE'" + day.get(0) + "'").first();
            assertThat(kpi.getLong(0)).as("orders on " + day.get(0)).isEqualTo(day.getLong(1));
            assertThat(kpi.getDecimal(1)).as("revenue on " + day.get(0)).isEqualByComparingTo(day.getDecimal(2));
        }
        Row totals = spark.sql("SELECT SUM(orders), SUM(revenue) FROM t_daily").first();
        Row all = spark.sql("SELECT COUNT(*), SUM(total_amount) FROM t_orders WHERE status NOT IN ('cancelled', 'returned')").first();
        assertThat(totals.getLong(0)).isEqualTo(all.getLong(0));
        assertThat(totals.getDecimal(1)).isEqualByComparingTo(all.getDecimal(1));

        Row product = spark.sql("SELECT i.product_id, COUNT(DISTINCT i.order_id), SUM(i.quantity), SUM(i.line_total)"
                + " FROM t_items i JOIN t_orders o ON o.order_id = i.order_id WHERE o.status NOT IN ('cancelled', 'returned')"
                + " GROUP BY i.product_id ORDER BY 4 DESC LIMIT 1").first();
        Row performance = spark.sql("SELECT orders, units, revenue FROM t_products WHERE product_id = " + product.getLong(0)).first();
        assertThat(performance.getLong(0)).isEqualTo(product.getLong(1));
        assertThat(performance.getLong(1)).isEqualTo(product.getLong(2));
        assertThat(performance.getDecimal(2)).isEqualByComparingTo(product.getDecimal(3));
        assertThat(performance.getDecimal(2)).isGreaterThan(BigDecimal.ZERO);
    }

    @Test
    void aRerunWithNothingChangedSkipsEveryStepAndANewKRerunsOnlySegments() throws Exception {
        PipelineSnapshot first = PipelineRuns.first();
        Path segmentsRecord = first.outputFolder().resolve("pipeline/segments/step.properties");
        String recordBefore = Files.readString(segmentsRecord);
        PipelineRequest same = PipelineRequest.generate(PipelineRuns.SCALE, 42, first.outputFolder());

        PipelineSnapshot again = PipelineRuns.service().start(same).future().join();
        assertThat(again.state()).as(again.message()).isEqualTo(StepState.DONE);
        assertThat(states(again)).allSatisfy((step, state) -> assertThat(state).as(step.id()).isEqualTo(StepState.SKIPPED_UNCHANGED));
        assertThat(again.step(PipelineStep.SEGMENTS).message()).isEqualTo("unchanged, skipped");
        assertThat(again.step(PipelineStep.CHURN).rows()).isEqualTo(first.step(PipelineStep.CHURN).rows());
        for (PipelineStep step : PipelineStep.values()) {
            for (String view : step.views()) {
                assertThat(spark().catalog().tableExists(view)).as(view + " registered again").isTrue();
            }
        }
        assertThat(Files.readString(segmentsRecord)).isEqualTo(recordBefore);

        PipelineSnapshot newK = PipelineRuns.service().start(same.withK(4)).future().join();
        assertThat(newK.state()).as(newK.message()).isEqualTo(StepState.DONE);
        Map<PipelineStep, StepState> states = states(newK);
        assertThat(states.remove(PipelineStep.SEGMENTS)).isEqualTo(StepState.DONE);
        assertThat(states).allSatisfy((step, state) -> assertThat(state).as(step.id()).isEqualTo(StepState.SKIPPED_UNCHANGED));
        assertThat(spark().sql("SELECT COUNT(DISTINCT segment) FROM customer_segments").first().getLong(0)).isEqualTo(4);
        assertThat(Files.readString(segmentsRecord)).isNotEqualTo(recordBefore);
    }

    @Test
    void aRunStoppedInTheMiddleKeepsEarlierOutputsAndTheNextRunCompletes() throws Exception {
        Path dataset = PipelineRuns.out().resolve("dataset");
        Path out = io.sparkworkbench.testing.GeneratedData.tempFolder("pipeline-stop");
        PipelineRequest request = PipelineRequest.existing(dataset, out);
        PipelineRun run = PipelineRuns.service().start(request);
        while (!run.future().isDone()) {
            StepProgress churn = run.snapshot().step(PipelineStep.CHURN);
            if (churn.state() == StepState.RUNNING && !churn.actionIds().isEmpty()) {
                run.stop();
                break;
            }
            Thread.sleep(20);
        }
        PipelineSnapshot stopped = run.future().join();
        assertThat(stopped.state()).isEqualTo(StepState.STOPPED);
        Map<PipelineStep, StepState> states = states(stopped);
        // Churn needs only the data set: which step ran beside it when Stop came depends on timing, not its outcome.
        assertThat(states).containsEntry(PipelineStep.GENERATE, StepState.DONE).containsEntry(PipelineStep.CHURN, StepState.STOPPED)
                .containsEntry(PipelineStep.GRAPH, StepState.PENDING);
        Path steps = out.resolve("pipeline");
        states.forEach((step, state) -> {
            for (String view : step.views()) {
                Path success = steps.resolve(step.id()).resolve(view).resolve("_SUCCESS");
                assertThat(Files.isRegularFile(success)).as(step.id() + " " + state + ": " + view + " written").isEqualTo(state == StepState.DONE);
            }
            assertThat(steps.resolve(step.id() + ".writing")).doesNotExist();
        });
        assertThat(steps.resolve("churn")).doesNotExist();

        PipelineRun nextRun = PipelineRuns.service().start(request);
        List<PipelineSnapshot> samples = sample(nextRun);
        PipelineSnapshot next = nextRun.future().join();
        assertThat(next.state()).as(next.message()).isEqualTo(StepState.DONE);
        Map<PipelineStep, StepState> after = states(next);
        states.forEach((step, state) -> assertThat(after.get(step)).as(step.id())
                .isEqualTo(state == StepState.DONE ? StepState.SKIPPED_UNCHANGED : StepState.DONE));
        assertThat(steps.resolve("graph/graph_pagerank/_SUCCESS")).isRegularFile();
        assertStepsStartAfterWhatTheyNeed(samples);
        assertThat(samples).as("churn and recommendations need only the data set: they run side by side")
                .anyMatch(s -> s.steps().stream().filter(p -> p.state() == StepState.RUNNING).count() == PipelineExecution.STEPS_AT_ONCE);
    }

    /** The run's snapshots every few milliseconds until it ends, the last one included. */
    private static List<PipelineSnapshot> sample(PipelineRun run) throws InterruptedException {
        List<PipelineSnapshot> samples = new java.util.ArrayList<>();
        while (!run.future().isDone()) {
            samples.add(run.snapshot());
            Thread.sleep(5);
        }
        samples.add(run.future().join());
        return samples;
    }

    /** No sample shows a step running, or finished, while a step it starts after had not ended. */
    private static void assertStepsStartAfterWhatTheyNeed(List<PipelineSnapshot> samples) {
        for (PipelineSnapshot s : samples) {
            for (StepProgress p : s.steps()) {
                if (p.state() == StepState.PENDING) {
                    continue;
                }
                for (PipelineStep before : p.step().startsAfter()) {
                    if (s.steps().stream().anyMatch(q -> q.step() == before)) {
                        assertThat(s.step(before).state().finished()).as(p.step().id() + " " + p.state() + " while " + before.id() + " "
                                + s.step(before).state()).isTrue();
                    }
                }
                assertThat(s.steps().stream().filter(q -> q.state() == StepState.RUNNING).count())
                        .isLessThanOrEqualTo(PipelineExecution.STEPS_AT_ONCE);
            }
        }
    }

    @Test
    void anUnwritableOutputFolderFailsTheRunNamingIt() throws Exception {
        Path file = Files.createTempFile("pipeline-blocking", ".txt");
        PipelineSnapshot failed = PipelineRuns.service().start(PipelineRequest.generate(0.01, 1, file.resolve("out"))).future().join();
        assertThat(failed.state()).isEqualTo(StepState.FAILED);
        assertThat(failed.message()).contains(file.resolve("out").toString());
        assertThat(failed.steps()).allSatisfy(s -> assertThat(s.state()).isEqualTo(StepState.PENDING));
    }

    private static Map<PipelineStep, StepState> states(PipelineSnapshot run) {
        return run.steps().stream().collect(Collectors.toMap(StepProgress::step, StepProgress::state, (a, b) -> a,
                () -> new java.util.EnumMap<>(PipelineStep.class)));
    }

    private static String table(String step, String view) {
        return PipelineRuns.out().resolve("pipeline").resolve(step).resolve(view).toString();
    }

}
