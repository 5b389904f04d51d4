package io.sparkworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Under AQE a query runs each shuffle stage as its own job, and the final job lists those stages again
 * as parents it skips: the jobs panel must count the stages that ran, not the ones a job lists.
 */
class JobTrackerTest {

    /** Two jobs of two stages per shuffle, the second skipping one: 200 jobs. */
    private static final int SHUFFLES = 100;

    private final SparkEngine engine = SharedSparkEngine.get();

    @Test
    void aQueryWithSkippedStagesShowsTrueTotalsWhenFinished() throws TimeoutException {
        EngineTask<Long> task = engine.submit("Group-by then join", JobTrackerTest::groupByThenJoin);
        assertThat(task.future().join()).isEqualTo(7L);
        drainListenerBus();

        ActionProgress progress = progressOf(task);
        assertThat(progress.state()).isEqualTo(ActionProgress.State.SUCCEEDED);
        assertThat(progress.jobsDone()).isGreaterThan(1);
        assertThat(progress.stagesTotal()).isPositive();
        assertThat(progress.stagesDone()).isEqualTo(progress.stagesTotal());
        assertThat(progress.tasksTotal()).isPositive();
        assertThat(progress.tasksDone()).isEqualTo(progress.tasksTotal());
    }

    @Test
    void manyJobsWithSkippedStagesLeaveTheTrackerBounded() throws TimeoutException {
        JobTracker tracker = engine.jobs();
        EngineTask<Integer> task = engine.submit("Many shuffle queries", ctx -> {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(ctx.spark().sparkContext());
            for (int i = 0; i < SHUFFLES; i++) {
                JavaPairRDD<Integer, Integer> sums = sc.parallelize(List.of(1, 2, 3, 4, 5, 6), 2)
                        .mapToPair(n -> new Tuple2<>(n % 3, n)).reduceByKey(Integer::sum, 2);
                sums.count();
                // The second job lists the shuffle stage again and skips it: its output is there.
                sums.count();
            }
            return SHUFFLES;
        });
        task.future().join();
        drainListenerBus();

        ActionProgress progress = progressOf(task);
        assertThat(progress.jobsDone()).isEqualTo(2 * SHUFFLES);
        assertThat(tracker.trackedJobCount()).isZero();
        assertThat(tracker.trackedStageCount()).isZero();
        assertThat(progress.stagesDone()).isEqualTo(progress.stagesTotal());
    }

    @Test
    void jobsOfAStreamsJobGroupCountForItsActionWithoutTheTag() {
        JobTracker tracker = new JobTracker();
        EngineTask<Void> stream = new EngineTask<>(1, "tag-of-stream", "Stream", EnginePool.STREAMING);
        tracker.actionStarted(stream);
        tracker.streamStarted(stream, "run-id-1");
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty(JobTracker.JOB_GROUP_PROPERTY, "run-id-1");
        scala.collection.immutable.Seq<org.apache.spark.scheduler.StageInfo> noStages =
                scala.jdk.javaapi.CollectionConverters.asScala(List.<org.apache.spark.scheduler.StageInfo>of()).toSeq();

        tracker.onJobStart(new org.apache.spark.scheduler.SparkListenerJobStart(7, 0L, noStages, properties));
        tracker.onJobEnd(new org.apache.spark.scheduler.SparkListenerJobEnd(7, 1L, org.apache.spark.scheduler.JobSucceeded$.MODULE$));

        ActionProgress progress = tracker.snapshot().actions().get(0);
        assertThat(progress.jobsDone()).isEqualTo(1);
        assertThat(tracker.trackedJobCount()).isZero();
    }

    /** Two group-bys joined: several shuffle stages, so AQE's final jobs list stages they skip. */
    private static long groupByThenJoin(EngineContext ctx) {
        SparkSession spark = ctx.spark();
        Dataset<Row> a = spark.range(0, 700, 1, 3).selectExpr("id % 7 AS k", "id").groupBy("k").count();
        Dataset<Row> b = spark.range(0, 350, 1, 2).selectExpr("id % 7 AS k", "id * 2 AS v").groupBy("k").sum("v");
        return a.join(b, "k").count();
    }

    private ActionProgress progressOf(EngineTask<?> task) {
        return engine.jobs().snapshot().actions().stream().filter(a -> a.id() == task.id()).findFirst().orElseThrow();
    }

    /** The listener bus is asynchronous: wait until it delivered every event so far. */
    private void drainListenerBus() throws TimeoutException {
        engine.awaitSession().sparkContext().listenerBus().waitUntilEmpty();
    }
}
