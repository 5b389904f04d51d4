package io.sparkworkbench.engine.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The segmentation tab's {@code customer_segments} view (customer_id, segment, name) as the social graph reads it:
 * attached to the nodes when the graph opens, and again when the view changes later (a new model, a rename), so the
 * graph is coloured by the segments of now without being opened again. Whether it changed is decided on the plans:
 * the table read at attach time is kept and compared with today's by {@link Dataset#sameSemantics}, no job runs.
 */
final class CustomerSegments {

    static final String VIEW = "customer_segments";
    static final String NONE_NOTE = "No customer segments yet: train a segmentation model (Segments tab) to colour the graph by segment";

    private CustomerSegments() {
    }

    /** The view as registered now, or null when there is none. */
    static Dataset<Row> read(SparkSession spark) {
        if (!spark.catalog().tableExists(VIEW)) {
            return null;
        }
        Dataset<Row> table = spark.table(VIEW);
        ColumnChecks.requireColumn(table, VIEW, "customer_id", "customer");
        ColumnChecks.requireColumn(table, VIEW, "segment", "segment number");
        ColumnChecks.requireColumn(table, VIEW, "name", "segment name");
        return table;
    }

    /** Whether {@code now} (null = no view) holds other segments than {@code before} did. */
    static boolean changed(Dataset<Row> before, Dataset<Row> now) {
        if (before == null || now == null) {
            return before != now;
        }
        return !before.sameSemantics(now);
    }

    /** Nodes (id, label) with category null and their segment and segment name, null where {@code segments} is null or has none. */
    static Dataset<Row> attach(Dataset<Row> nodes, Dataset<Row> segments) {
        Dataset<Row> idAndLabel = nodes.select(col("id"), col("label"));
        if (segments == null) {
            return idAndLabel.select(col("id"), col("label"), lit(null).cast("string").as("category"), lit(null).cast("int").as("segment"),
                    lit(null).cast("string").as("segment_name"));
        }
        Dataset<Row> s = segments.select(col("customer_id"), col("segment").cast("int").as("segment"), col("name").cast("string").as("segment_name"));
        return idAndLabel.join(s, idAndLabel.col("id").equalTo(s.col("customer_id")), "left")
                .select(idAndLabel.col("id"), idAndLabel.col("label"), lit(null).cast("string").as("category"), col("segment"), col("segment_name"));
    }
}
