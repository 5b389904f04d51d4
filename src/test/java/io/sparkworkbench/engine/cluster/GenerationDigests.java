package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.datagen.GenerationResult;
import io.sparkworkbench.engine.dataset.TableSummary;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The generator at scale {@value #SCALE} to Parquet: every table's row count, schema and an
 * order-independent hash of all its columns (the sum of each row's xxhash64, as a decimal so it cannot
 * overflow), computed by Spark over the files written. Same seed, same data, whoever wrote it.
 */
final class GenerationDigests implements ClusterCase {

    static final double SCALE = 0.1;
    private static final long SEED = 42;

    /** A table as the digest sees it. */
    record Digest(String schema, long rows, BigDecimal hash) {
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public Map<String, Object> run(SparkEngine engine, Path scratch) {
        Path folder = scratch.resolve("generated");
        GenerationResult result = new DataGenService(engine)
                .generate(GenerationRequest.allTables(SCALE, SEED, folder, DataFormat.PARQUET)).task().future().join();
        Map<String, Object> digests = new TreeMap<>();
        for (TableSummary table : result.tables()) {
            Path files = folder.resolve(table.table());
            digests.put(table.table(), engine.submit("Digest " + table.table(), ctx -> digest(ctx.spark().read().parquet(files.toString())))
                    .future().join());
        }
        return digests;
    }

    static Digest digest(Dataset<Row> table) {
        String columns = Arrays.stream(table.columns()).map(c -> "`" + c.replace("`", "``") + "`").collect(Collectors.joining(", "));
        Row row = table.selectExpr("count(*)", "coalesce(sum(CAST(xxhash64(" + columns + ") AS DECIMAL(38, 0))), 0)").first();
        return new Digest(table.schema().simpleString(), row.getLong(0), row.getDecimal(1));
    }
}
