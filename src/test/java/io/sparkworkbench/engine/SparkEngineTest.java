package io.sparkworkbench.engine;

import io.sparkworkbench.testing.StopBounds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.testing.SharedSparkEngine;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SparkEngineTest {

    private final SparkEngine engine = SharedSparkEngine.get();

    @Test
    void statusDescribesTheReadySession() {
        EngineStatus status = engine.status();
        assertThat(status.state()).isEqualTo(EngineStatus.State.READY);
        assertThat(status.master()).isEqualTo("local[2]");
        assertThat(status.cores()).isEqualTo(2);
        assertThat(status.sparkVersion()).startsWith("4.");
        assertThat(engine.awaitSession().conf().get("spark.ui.enabled")).isEqualTo("false");
        assertThat(engine.awaitSession().conf().get("spark.driver.bindAddress")).isEqualTo("127.0.0.1");
    }

    @Test
    void stopCancelsTheSparkJobsWithinTwoSeconds() throws Exception {
        EngineTask<Long> task = engine.submit("Endless test job", ctx ->
                ctx.spark().range(0, 5_000_000_000L, 1, 2).selectExpr("sum(id % 7)").first().getLong(0));
        waitUntilRunning(task);
        long stoppedAt = System.nanoTime();
        engine.cancel(task.id());
        assertThatThrownBy(() -> task.future().get(StopBounds.STOPPED_SECONDS, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(StopBounds.STOPPED);
        awaitNoActiveJobs();
        ActionProgress progress = engine.jobs().snapshot().actions().stream()
                .filter(a -> a.id() == task.id()).findFirst().orElseThrow();
        assertThat(progress.state()).isEqualTo(ActionProgress.State.CANCELLED);
    }

    @Test
    void jobsPanelSnapshotCountsTasksOfAFinishedAction() {
        EngineTask<Long> task = engine.submit("Counting test job", ctx -> ctx.spark().range(0, 1000, 1, 3).count());
        assertThat(task.future().join()).isEqualTo(1000);
        ActionProgress progress = engine.jobs().snapshot().actions().stream()
                .filter(a -> a.id() == task.id()).findFirst().orElseThrow();
        assertThat(progress.state()).isEqualTo(ActionProgress.State.SUCCEEDED);
        assertThat(progress.label()).isEqualTo("Counting test job");
    }

    @Test
    void failuresCarryAReadableMessage() {
        EngineTask<Object> task = engine.submit("Broken query", ctx -> ctx.spark().sql("SELECT * FROM no_such_table").count());
        assertThatThrownBy(() -> task.future().join()).hasMessageContaining("no_such_table");
        ActionProgress progress = engine.jobs().snapshot().actions().stream()
                .filter(a -> a.id() == task.id()).findFirst().orElseThrow();
        assertThat(progress.state()).isEqualTo(ActionProgress.State.FAILED);
        assertThat(progress.message()).contains("no_such_table");
    }

    private void waitUntilRunning(EngineTask<?> task) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            boolean running = engine.jobs().snapshot().actions().stream()
                    .anyMatch(a -> a.id() == task.id() && a.jobsRunning() > 0);
            if (running) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the job never started");
    }

    private void awaitNoActiveJobs() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (engine.awaitSession().sparkContext().statusTracker().getActiveJobIds().length > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Spark jobs still running after Stop");
            }
            Thread.sleep(20);
        }
    }
}
