package io.sparkworkbench.engine.datagen;

import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads generated tables straight from their folders, independent of which views are registered. */
final class DataGenTestSupport {

    private DataGenTestSupport() {
    }

    static SparkSession spark() {
        return SharedSparkEngine.get().awaitSession();
    }

    static Dataset<Row> table(Path folder, String name) {
        return spark().read().parquet(folder.resolve(name).toString());
    }

    /** Order-independent content checksum: row count and the sum of every row's hash. */
    static String checksum(Dataset<Row> df) {
        Row row = df.selectExpr("count(*)", "sum(cast(xxhash64(*) as decimal(38,0)))").first();
        return row.get(0) + ":" + row.get(1);
    }
}
