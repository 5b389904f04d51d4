package io.sparkworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.testing.SharedSparkEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A streaming query started through the engine is one jobs-panel row: it counts its batches, and Stop stops it. */
class StreamActionsTest {

    private final SparkEngine engine = SharedSparkEngine.get();

    @TempDir
    Path input;

    @Test
    void aStreamIsARunningRowCountingItsBatchesUntilStopped() throws Exception {
        String name = "stream_actions_test";
        Path checkpoint = engine.settings().dataFolder().resolve("checkpoints").resolve(name);
        deleteTree(checkpoint);
        AtomicLong rows = new AtomicLong();
        Set<String> pools = ConcurrentHashMap.newKeySet();
        Set<String> tags = ConcurrentHashMap.newKeySet();
        writeJsonFile("a", 0, 40);

        EngineTask<Void> stream = engine.startStream("Live counts", ctx -> start(ctx, name, (batch, id) -> {
            // Runs on the query's own thread: what it carries is what its micro-batch jobs carry.
            SparkSession spark = batch.sparkSession();
            pools.add(String.valueOf(spark.sparkContext().getLocalProperty(EngineContext.POOL_PROPERTY)));
            tags.addAll(scala.jdk.javaapi.CollectionConverters.asJava(spark.sparkContext().getJobTags()));
            rows.addAndGet(batch.count());
        }));
        await(() -> rows.get() == 40, "the first file's 40 rows");
        writeJsonFile("b", 40, 25);
        await(() -> rows.get() == 65, "the second file's 25 rows");
        drainListenerBus();

        ActionProgress running = progressOf(stream);
        assertThat(running.state()).isEqualTo(ActionProgress.State.RUNNING);
        assertThat(running.label()).isEqualTo("Live counts");
        assertThat(running.jobsDone()).isGreaterThanOrEqualTo(2);
        assertThat(running.stagesDone()).isPositive();
        assertThat(running.tasksDone()).isPositive();
        assertThat(pools).containsExactly(EnginePool.STREAMING.sparkName());
        assertThat(tags).contains(stream.tag());
        assertThat(checkpoint.resolve("offsets")).isDirectory();
        // Batch 1 ran (the second file arrived), so batch 0 was committed first; batch 1's commit may still be on its way.
        assertThat(checkpoint.resolve("commits").resolve("0")).isRegularFile();

        engine.cancel(stream.id());
        assertThatThrownBy(() -> stream.future().get(60, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(progressOf(stream).state()).isEqualTo(ActionProgress.State.CANCELLED);
        assertThat(Arrays.stream(engine.awaitSession().streams().active()).map(StreamingQuery::name)).doesNotContain(name);
    }

    @Test
    void aFailingStreamEndsFailedWithItsMessage() throws Exception {
        String name = "stream_actions_failing";
        deleteTree(engine.settings().dataFolder().resolve("checkpoints").resolve(name));
        writeJsonFile("c", 0, 5);

        EngineTask<Void> stream = engine.startStream("Failing stream", ctx -> start(ctx, name, (batch, id) -> {
            throw new IllegalStateException("the sink refused batch " + id);
        }));
        assertThatThrownBy(() -> stream.future().get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("the sink refused batch 0");
        ActionProgress failed = progressOf(stream);
        assertThat(failed.state()).isEqualTo(ActionProgress.State.FAILED);
        assertThat(failed.message()).contains("the sink refused batch 0");
    }

    @Test
    void aQueryNameThatCannotNameAFolderIsRefusedByName() {
        EngineTask<Void> stream = engine.startStream("Badly named", ctx -> start(ctx, "../escape", (batch, id) -> { }));
        assertThatThrownBy(() -> stream.future().get(60, TimeUnit.SECONDS)).hasMessageContaining("'../escape'");
        assertThat(progressOf(stream).state()).isEqualTo(ActionProgress.State.FAILED);
    }

    private StreamingQuery start(EngineContext ctx, String name, VoidFunction2<Dataset<Row>, Long> sink) throws TimeoutException {
        return ctx.spark().readStream().schema("id LONG, label STRING").json(input.toString())
                .writeStream().queryName(name)
                .option("checkpointLocation", ctx.checkpointFolder(name).toString())
                .trigger(Trigger.ProcessingTime(200))
                .foreachBatch(sink)
                .start();
    }

    /** Written beside the folder, then renamed in: the file source must never see half a file. */
    private void writeJsonFile(String name, int firstId, int count) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = firstId; i < firstId + count; i++) {
            text.append("{\"id\":").append(i).append(",\"label\":\"row ").append(i).append("\"}\n");
        }
        Path temp = Files.writeString(input.resolveSibling(input.getFileName() + "-" + name + ".tmp"), text);
        Files.move(temp, input.resolve(name + ".json"), StandardCopyOption.ATOMIC_MOVE);
    }

    private ActionProgress progressOf(EngineTask<?> task) {
        return engine.jobs().snapshot().actions().stream().filter(a -> a.id() == task.id()).findFirst().orElseThrow();
    }

    private void drainListenerBus() throws TimeoutException {
        engine.awaitSession().sparkContext().listenerBus().waitUntilEmpty();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the stream never delivered " + what);
            }
            Thread.sleep(50);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var walk = Files.walk(folder)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
