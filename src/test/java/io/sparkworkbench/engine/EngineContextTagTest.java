package io.sparkworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * A thread created under another action inherits that action's tag (Spark's local properties are inherited): the
 * live queries, started from inside "Live: start the simulator", had their batches counted on that row, not theirs.
 */
class EngineContextTagTest {

    @Test
    void anActionsThreadCarriesOnlyItsOwnTagWhateverItInherited() throws Exception {
        SparkSession spark = SharedSparkEngine.get().awaitSession();
        SparkContext sc = spark.sparkContext();
        EngineTask<Void> task = new EngineTask<>(7, "workbench-test-action-7", "a stream", EnginePool.STREAMING);
        AtomicReference<Set<String>> tags = new AtomicReference<>();
        sc.addJobTag("workbench-test-start-action");
        try {
            // Created here, the thread inherits this one's tag, as a pool thread first started inside an action does.
            Thread worker = new Thread(() -> {
                EngineContext ctx = new EngineContext(spark, task, java.nio.file.Path.of("unused"));
                ctx.tagCurrentThread();
                tags.set(scala.jdk.javaapi.CollectionConverters.asJava(sc.getJobTags()));
                ctx.untagCurrentThread();
            });
            worker.start();
            worker.join();
        } finally {
            sc.removeJobTag("workbench-test-start-action");
        }
        assertThat(tags.get()).containsExactly(task.tag());
    }
}
