package io.sparkworkbench.engine.ml.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.testing.StopBounds;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.Test;

class RecommendStopTest {

    @Test
    void stopMidFitEndsItsSparkJobs() throws Exception {
        DatasetKey key = RecommendTesting.open(RecommendTrainingTest.SCALE);
        SparkContext sc = RecommendTesting.engine().awaitSession().sparkContext();
        // Rank 150 for 100 iterations: minutes of work, so an end within the bound can only be the Stop.
        RecommendRequest d = RecommendRequest.defaults();
        RecommendRequest heavy = new RecommendRequest(d.source(), d.weights(), 150, 100, 1.0, 1.0, 42, d.split(), d.holdoutDays(),
                d.testFraction(), d.k());
        EngineTask<TrainedAls> task = RecommendTesting.engine().submit("test: heavy ALS", EnginePool.BACKGROUND,
                ctx -> RecommendTraining.train(ctx, key, heavy));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (sc.statusTracker().getActiveJobIds().length == 0 && !task.future().isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // Past the split's counting jobs, into the fit.
        Thread.sleep(8000);
        assertThat(task.future().isDone()).as("training should still run").isFalse();
        long t0 = System.nanoTime();
        task.cancel();
        assertThatThrownBy(() -> task.future().get(StopBounds.STOPPED_SECONDS, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(StopBounds.STOPPED);
        long quiet = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sc.statusTracker().getActiveJobIds().length > 0 && System.nanoTime() < quiet) {
            Thread.sleep(20);
        }
        assertThat(sc.statusTracker().getActiveJobIds()).as("Spark jobs left running after Stop").isEmpty();
    }
}
