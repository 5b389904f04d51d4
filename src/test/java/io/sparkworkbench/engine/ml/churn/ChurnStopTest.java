package io.sparkworkbench.engine.ml.churn;

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

class ChurnStopTest {

    @Test
    void stopMidTrainingEndsItsSparkJobsAndSavesNothing() throws Exception {
        DatasetKey key = ChurnTesting.open(0.2);
        SparkContext sc = ChurnTesting.engine().awaitSession().sparkContext();
        // 400 boosting rounds of depth 8: minutes of work, so an end within the bound can only be the Stop.
        ChurnRequest heavy = ChurnRequest.defaults().withEnsemble(ModelKind.GBT, 400, 8).withHorizon(45);
        EngineTask<ChurnResult> task = new ChurnService(ChurnTesting.engine()).train(heavy, key);
        assertThat(task.pool()).as("training is long work: the background pool (ADR 0014)").isEqualTo(EnginePool.BACKGROUND);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (sc.statusTracker().getActiveJobIds().length == 0 && !task.future().isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // Into the fits, past the counting jobs at the start.
        Thread.sleep(3000);
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
