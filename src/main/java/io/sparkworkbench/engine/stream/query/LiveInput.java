package io.sparkworkbench.engine.stream.query;

import io.sparkworkbench.engine.stream.LiveEventSchema;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Where the live queries read their events: a streaming DataFrame of {@link LiveEventSchema#SCHEMA}. The one
 * seam between the queries and the event source: the app passes {@code spark -> LiveSource.open(spark, spec)};
 * tests and the benchmark read a folder of JSON-lines files with {@link #jsonFolder}. Each query opens its own
 * input (a streaming query owns its source), so the source must be replayable by several readers.
 */
@FunctionalInterface
public interface LiveInput {

    Dataset<Row> open(SparkSession spark);

    /**
     * JSON-lines files in {@code folder} (written elsewhere, then renamed in), at most {@code maxFilesPerTrigger}
     * files a micro-batch (0 = all that are there).
     */
    static LiveInput jsonFolder(Path folder, int maxFilesPerTrigger) {
        String path = folder.toAbsolutePath().toString();
        return spark -> {
            var reader = spark.readStream().schema(LiveEventSchema.SCHEMA);
            if (maxFilesPerTrigger > 0) {
                reader = reader.option("maxFilesPerTrigger", maxFilesPerTrigger);
            }
            return reader.json(path);
        };
    }
}
