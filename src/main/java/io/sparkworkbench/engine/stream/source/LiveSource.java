package io.sparkworkbench.engine.stream.source;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamReader;

/**
 * The one place a live stream's input is opened: Spark's file source over a watched folder, with the spec's
 * schema and options. A Kafka source would plug in here (ADR 0027): same schema, parsed from the value's JSON.
 */
public final class LiveSource {

    private LiveSource() {
    }

    /** The streaming DataFrame of {@code spec}'s folder (validated first; no job runs until a query starts). */
    public static Dataset<Row> open(SparkSession spark, StreamSourceSpec spec) {
        spec.validate();
        DataStreamReader reader = spark.readStream().format(spec.format().sparkName()).schema(spec.schema());
        if (spec.maxFilesPerTrigger() > 0) {
            reader = reader.option("maxFilesPerTrigger", spec.maxFilesPerTrigger());
        }
        if (spec.cleanSource()) {
            reader = reader.option("cleanSource", "delete");
        }
        if (spec.format() == StreamSourceSpec.Format.CSV) {
            reader = reader.option("header", spec.csvHeader());
        }
        // A malformed line becomes a row of nulls rather than failing the query: a live chart should keep going.
        reader = reader.option("mode", "PERMISSIVE");
        return reader.load(spec.folder().toAbsolutePath().toString());
    }
}
