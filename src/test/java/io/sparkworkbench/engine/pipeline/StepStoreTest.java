package io.sparkworkbench.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step's folder is replaced whole: a write that fails half-way leaves the previous tables and record. */
class StepStoreTest {

    @TempDir
    Path out;

    private final SparkSession spark = SharedSparkEngine.get().awaitSession();

    @AfterEach
    void dropViews() {
        PipelineStep.TABLES.views().forEach(v -> spark.catalog().dropTempView(v));
    }

    @Test
    void aFailedWriteKeepsThePreviousOutputAndLeavesNoStaging() throws Exception {
        StepStore store = new StepStore(out);
        register("SELECT id FROM range(3)");
        assertThat(store.save(spark, PipelineStep.TABLES, "first", "run-1", "p", "")).isEqualTo(9);
        assertThat(store.unchanged(PipelineStep.TABLES, "first")).isPresent();

        register("SELECT id FROM range(5)");
        spark.sql("SELECT IF(id = 3, raise_error('disk full'), id) AS id FROM range(5)").createOrReplaceTempView("order_fact");
        assertThatThrownBy(() -> store.save(spark, PipelineStep.TABLES, "second", "run-2", "p", "")).hasMessageContaining("disk full");

        assertThat(store.record(PipelineStep.TABLES).orElseThrow().fingerprint()).isEqualTo("first");
        assertThat(store.unchanged(PipelineStep.TABLES, "first")).isPresent();
        assertThat(spark.read().parquet(store.table(PipelineStep.TABLES, "daily_kpis").toString()).count()).isEqualTo(3);
        try (var siblings = Files.list(out.resolve(StepStore.FOLDER))) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("tables");
        }
    }

    @Test
    void anOutputWithATableMissingIsNotUnchanged() throws Exception {
        StepStore store = new StepStore(out);
        register("SELECT id FROM range(2)");
        store.save(spark, PipelineStep.TABLES, "fp", "run-1", "p", "");
        Files.delete(store.table(PipelineStep.TABLES, "order_fact").resolve("_SUCCESS"));
        assertThat(store.unchanged(PipelineStep.TABLES, "fp")).isEmpty();
        assertThat(store.record(PipelineStep.TABLES)).isPresent();
    }

    private void register(String sql) {
        for (String view : PipelineStep.TABLES.views()) {
            spark.sql(sql).createOrReplaceTempView(view);
        }
    }
}
