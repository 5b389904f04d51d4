package io.sparkworkbench.engine.stream.learn;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_min;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_millis;
import static org.apache.spark.sql.functions.when;

import io.sparkworkbench.engine.ml.segment.SegmentationPipeline;
import io.sparkworkbench.engine.stream.LiveEventSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One micro-batch of live events through the segmentation: its known customers joined to
 * {@code customer_features} and scored by the pipeline, the segment mix per window, and what the online
 * centres need — per nearest online centre, how many of the batch's customers and the sum of their scaled
 * vectors. Points are the batch's distinct known customers, not its events: a customer's features do not
 * change with each click, and a long session should not weigh more than a short one. Small results only reach
 * the driver (a few rows per window, one row per centre).
 */
final class BatchScorer {

    static final long WINDOW_MS = 10_000;
    static final String WINDOW = "window_ms";
    static final String SCALED = "scaled";
    private static final String SCORED_ID = "scored_customer_id";

    private final PipelineModel model;
    private final Dataset<Row> features;
    private final int k;

    record Scored(List<SegmentMixTable.Count> mix, long[] counts, double[][] sums) {
    }

    /** @param features {@code customer_features}, cached by the session */
    BatchScorer(PipelineModel model, Dataset<Row> features, int k) {
        this.model = model;
        this.features = features;
        this.k = k;
    }

    Scored score(Dataset<Row> batch, double[][] centres) {
        Column window = floor(unix_millis(col(LiveEventSchema.EVENT_TS)).divide(WINDOW_MS)).multiply(WINDOW_MS).as(WINDOW);
        // Two jobs read the batch: caching its two columns keeps the files from being read and parsed twice.
        Dataset<Row> events = batch.select(window, col(LiveEventSchema.CUSTOMER_ID)).cache();
        try {
            Dataset<Row> scored = scoredCustomers(events.where(col(LiveEventSchema.CUSTOMER_ID).isNotNull())
                    .select(LiveEventSchema.CUSTOMER_ID).distinct()).cache();
            try {
                List<SegmentMixTable.Count> mix = mix(events, scored);
                long[] counts = new long[centres.length];
                double[][] sums = new double[centres.length][centres[0].length];
                for (Row r : centreSums(scored, centres)) {
                    int c = r.getInt(0);
                    counts[c] = r.getLong(1);
                    for (int i = 0; i < sums[c].length; i++) {
                        sums[c][i] = r.getDouble(2 + i);
                    }
                }
                return new Scored(mix, counts, sums);
            } finally {
                scored.unpersist(false);
            }
        } finally {
            events.unpersist(false);
        }
    }

    /** The customers {@code ids} that {@code customer_features} holds, through the pipeline: customer_id, segment, scaled. */
    Dataset<Row> scoredCustomers(Dataset<Row> ids) {
        return model.transform(ids.join(features, LiveEventSchema.CUSTOMER_ID))
                .select(col(LiveEventSchema.CUSTOMER_ID), col(SegmentationPipeline.SEGMENT),
                        vector_to_array(col(SegmentationPipeline.SCALED), "float64").as(SCALED));
    }

    private List<SegmentMixTable.Count> mix(Dataset<Row> events, Dataset<Row> scored) {
        Column column = when(col(LiveEventSchema.CUSTOMER_ID).isNull(), lit(k + SegmentMixTable.ANONYMOUS))
                .when(col(SegmentationPipeline.SEGMENT).isNull(), lit(k + SegmentMixTable.UNKNOWN))
                .otherwise(col(SegmentationPipeline.SEGMENT));
        List<SegmentMixTable.Count> out = new ArrayList<>();
        Dataset<Row> segments = scored.select(col(LiveEventSchema.CUSTOMER_ID).as(SCORED_ID), col(SegmentationPipeline.SEGMENT));
        for (Row r : events.join(segments, col(LiveEventSchema.CUSTOMER_ID).equalTo(col(SCORED_ID)), "left")
                .groupBy(col(WINDOW), column.as("column")).agg(count(lit(1))).collectAsList()) {
            out.add(new SegmentMixTable.Count(r.getLong(0), r.getInt(1), r.getLong(2)));
        }
        return out;
    }

    /**
     * Rows of (nearest centre, customers, Σ scaled[0], …, Σ scaled[d-1]). Nearest is computed in Spark from the
     * centres as literals (no closure of the app's classes, so it runs on a cluster's executors as it is); a
     * vector with a missing feature (NaN) has no nearest centre and is left out.
     */
    private List<Row> centreSums(Dataset<Row> scored, double[][] centres) {
        int d = centres[0].length;
        Column[] distances = new Column[centres.length];
        for (int c = 0; c < centres.length; c++) {
            Column s = lit(0.0);
            for (int i = 0; i < d; i++) {
                Column diff = element_at(col(SCALED), i + 1).minus(lit(centres[c][i]));
                s = s.plus(diff.multiply(diff));
            }
            distances[c] = s;
        }
        Column all = array(distances);
        Column nearest = array_position(all, array_min(all)).minus(1).cast("int");
        List<Column> sums = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            sums.add(sum(element_at(col(SCALED), i + 1)));
        }
        return scored.where(isnan(distances[0]).or(distances[0].isNull()).unary_$bang())
                .groupBy(nearest.as("centre")).agg(count(lit(1)), sums.toArray(Column[]::new)).collectAsList();
    }
}
