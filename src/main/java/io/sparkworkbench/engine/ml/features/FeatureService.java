package io.sparkworkbench.engine.ml.features;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.stddev_pop;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.sql.TablePreviews;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Computes {@code customer_features} from the open data set, caches it and registers it as a view. */
public final class FeatureService {

    public static final int PREVIEW_ROWS = 500;

    private final SparkEngine engine;

    public FeatureService(SparkEngine engine) {
        this.engine = engine;
    }

    public EngineTask<FeatureTable> compute() {
        return engine.submit("Compute customer features", FeatureService::register);
    }

    /** Builds and registers the view within a running action; the result's summary is one Spark job. */
    public static FeatureTable register(EngineContext context) {
        CustomerFeatureQuery query = new CustomerFeatureQuery(context.spark(), Optional.empty());
        List<CustomerFeature> features = query.available();
        if (context.spark().catalog().tableExists(FeatureTable.VIEW)) {
            context.spark().catalog().uncacheTable(FeatureTable.VIEW);
        }
        // Rows laid out by customer id: k-means|| and sampling draw by position within partitions, so rows that
        // came out of the joins in another order would give the same seed other segments.
        Dataset<Row> table = query.build().repartition(col("customer_id")).sortWithinPartitions("customer_id");
        table.cache().createOrReplaceTempView(FeatureTable.VIEW);
        context.checkCancelled();
        List<Column> aggregates = new ArrayList<>();
        aggregates.add(count("*"));
        for (CustomerFeature f : features) {
            aggregates.add(avg(col(f.column())));
            aggregates.add(stddev_pop(col(f.column())));
            aggregates.add(min(col(f.column())));
            aggregates.add(max(col(f.column())));
        }
        Row row = table.agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new)).first();
        List<FeatureTable.FeatureSummary> summaries = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            int at = 1 + 4 * i;
            summaries.add(new FeatureTable.FeatureSummary(features.get(i), number(row, at), number(row, at + 1),
                    number(row, at + 2), number(row, at + 3)));
        }
        context.checkCancelled();
        return new FeatureTable(features, row.getLong(0), summaries,
                TablePreviews.firstRows(table, FeatureTable.VIEW, PREVIEW_ROWS));
    }

    private static double number(Row row, int index) {
        return row.isNullAt(index) ? Double.NaN : ((Number) row.get(index)).doubleValue();
    }
}
