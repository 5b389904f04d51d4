package io.sparkworkbench.engine.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.engine.sql.TablePreview;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableServiceTest {

    @TempDir
    Path dir;

    private final SparkEngine engine = SharedSparkEngine.get();
    private final SparkSession spark = engine.awaitSession();
    private final TableService tables = new TableService(engine);

    /** A Parquet-backed view whose name needs quoting. */
    private String parquetView(String name, int rows) {
        String folder = dir.resolve("data " + name).toString();
        spark.range(rows).selectExpr("id", "id % 7 AS bucket", "concat('n', id) AS label").write().parquet(folder);
        spark.read().parquet(folder).createOrReplaceTempView(TableRefs.quote(name));
        return folder;
    }

    @Test
    void detailsOfAParquetBackedViewNameColumnsRowsSourceAndSize() {
        String folder = parquetView("ts orders view", 1_000);
        TableDetails details = tables.details("ts orders view").future().join();
        assertThat(details.name()).isEqualTo("ts orders view");
        assertThat(details.temporary()).isTrue();
        assertThat(details.rows()).isEqualTo(1_000);
        assertThat(details.columns()).extracting(ColumnInfo::name).containsExactly("id", "bucket", "label");
        assertThat(details.columns()).extracting(ColumnInfo::type).containsExactly("bigint", "bigint", "string");
        assertThat(details.source()).isEqualTo("parquet: " + folder);
        assertThat(details.bytesOnDisk()).isPresent();
        assertThat(details.bytesOnDisk().getAsLong()).isEqualTo(io.sparkworkbench.engine.dataset.DataFiles.of(Path.of(folder)).bytes())
                .isPositive();
        assertThat(details.storageLevel()).isEmpty();
    }

    @Test
    void sqlViewsAreQueriesAndLocalRowsAreInMemory() {
        parquetView("ts base", 10);
        spark.sql("CREATE OR REPLACE TEMP VIEW `ts sql view` AS SELECT * FROM `ts base` WHERE id < 5");
        TableDetails sqlView = tables.details("ts sql view").future().join();
        assertThat(sqlView.source()).isEqualTo("query");
        assertThat(sqlView.rows()).isEqualTo(5);
        assertThat(sqlView.bytesOnDisk()).as("its input is files").isPresent();

        String folder = parquetView("ts filtered base", 10);
        spark.read().parquet(folder).filter("id > 2").selectExpr("id", "upper(label) AS label").createOrReplaceTempView("ts_derived");
        assertThat(tables.details("ts_derived").future().join().source()).as("a DataFrame over one file source, e.g. an import")
                .isEqualTo("query over parquet: " + folder);

        spark.sql("SELECT 1 AS a, 'x' AS b").createOrReplaceTempView("ts_local");
        spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create(1L)),
                new org.apache.spark.sql.types.StructType().add("v", "bigint")).createOrReplaceTempView("ts_rows");
        TableDetails local = tables.details("ts_rows").future().join();
        assertThat(local.source()).isEqualTo("in memory");
        assertThat(local.bytesOnDisk()).isEmpty();
        assertThat(local.rows()).isEqualTo(1);
    }

    @Test
    void cacheShowsTheStorageLevelAndUncacheRemovesIt() {
        parquetView("ts cached", 500);
        TableDetails cached = tables.cache("ts cached").future().join();
        assertThat(cached.storageLevel()).contains("Memory and disk (deserialized)");
        assertThat(cached.rows()).isEqualTo(500);
        assertThat(spark.catalog().isCached("`ts cached`")).isTrue();
        assertThat(tables.details("ts cached").future().join().storageLevel()).isPresent();

        TableDetails uncached = tables.uncache("ts cached").future().join();
        assertThat(uncached.storageLevel()).isEmpty();
        assertThat(spark.catalog().isCached("`ts cached`")).isFalse();
    }

    @Test
    void dropRemovesATemporaryViewAndItsCacheOnce() {
        parquetView("ts dropped", 20);
        tables.cache("ts dropped").future().join();
        assertThat(tables.drop("ts dropped").future().join()).isTrue();
        assertThat(spark.catalog().tableExists("`ts dropped`")).isFalse();
        assertThat(tables.drop("ts dropped").future().join()).as("nothing left to drop").isFalse();
    }

    @Test
    void dropRemovesATableOfTheCatalog() {
        spark.sql("DROP TABLE IF EXISTS ts_managed");
        spark.range(3).write().saveAsTable("ts_managed");
        assertThat(tables.details("default.ts_managed").future().join().temporary()).isFalse();
        assertThat(tables.drop("default.ts_managed").future().join()).isTrue();
        assertThat(spark.catalog().tableExists("ts_managed")).isFalse();
    }

    @Test
    void previewReturnsTheFirstRowsUnderTheCatalogName() {
        parquetView("ts preview", 30);
        TablePreview preview = tables.preview("ts preview", 10).future().join();
        assertThat(preview.table()).isEqualTo("ts preview");
        assertThat(preview.rows()).hasSize(10);
        assertThat(preview.more()).isTrue();
    }

    @Test
    void anUnknownTableIsAClearError() {
        assertThatThrownBy(() -> tables.details("ts no such view").future().join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(EngineException.class)
                .hasMessageContaining("No table or view named ts no such view");
    }
}
