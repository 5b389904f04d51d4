package io.sparkworkbench.engine.ml.churn;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.ml.features.CustomerFeature;
import io.sparkworkbench.engine.ml.features.CustomerFeatureQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * The churn model's data in Spark: the data's end, the labelled customers (features as of the feature date,
 * label from the window after it) and the seeded train/test split.
 */
final class ChurnFrames {

    static final String LABEL = "label";
    static final String CUSTOMER = "customer_id";
    private static final long SPLIT_BUCKETS = 1_000_000;

    private final SparkSession spark;

    ChurnFrames(SparkSession spark) {
        this.spark = spark;
    }

    /** The features the open data set allows; fails naming the missing tables when customers or orders are absent. */
    List<CustomerFeature> available() {
        requireTables();
        return new CustomerFeatureQuery(spark, Optional.empty()).available();
    }

    /** The day after the last order: the reference date of "now". */
    LocalDate dataEnd() {
        requireTables();
        Row row = spark.sql("SELECT date_add(to_date(max(order_ts)), 1) FROM orders").first();
        if (row.isNullAt(0)) {
            throw new EngineException("The orders table has no order with a time (order_ts): a churn label needs orders");
        }
        return row.getLocalDate(0);
    }

    /**
     * One row per customer who signed up before {@code featureDate}: {@code customer_id}, the features as of
     * {@code featureDate}, and {@code label} 1.0 when they placed no order in [featureDate, cutoff), else 0.0.
     */
    Dataset<Row> labelled(LocalDate featureDate, LocalDate cutoff, List<String> features) {
        Dataset<Row> asOf = features(featureDate, features);
        Dataset<Row> active = spark.sql("SELECT DISTINCT customer_id AS active_id FROM orders WHERE order_ts >= DATE'"
                + featureDate + "' AND order_ts < DATE'" + cutoff + "'");
        return asOf.join(active, asOf.col(CUSTOMER).equalTo(active.col("active_id")), "left")
                .withColumn(LABEL, when(col("active_id").isNull(), lit(1.0)).otherwise(lit(0.0)))
                .drop("active_id");
    }

    /** {@code customer_id} and the chosen features of every customer who signed up before {@code asOf}, as of that date. */
    Dataset<Row> features(LocalDate asOf, List<String> features) {
        List<Column> columns = new ArrayList<>();
        columns.add(col(CUSTOMER));
        features.forEach(f -> columns.add(col(f)));
        return new CustomerFeatureQuery(spark, Optional.of(asOf)).build().select(columns.toArray(Column[]::new));
    }

    /**
     * True for the test rows. A hash of the customer and the seed rather than {@code randomSplit}: the same
     * customers land in the test set whatever the partitioning, locally and on a cluster alike.
     */
    static Column isTest(double testFraction, long seed) {
        return pmod(xxhash64(col(CUSTOMER), lit(seed)), lit(SPLIT_BUCKETS)).lt(lit(Math.round(testFraction * SPLIT_BUCKETS)));
    }

    private void requireTables() {
        List<String> missing = new ArrayList<>();
        for (String table : List.of("customers", "orders")) {
            if (!spark.catalog().tableExists(table)) {
                missing.add(table);
            }
        }
        if (!missing.isEmpty()) {
            throw new EngineException("The churn model needs the tables customers and orders of an open data set; missing: "
                    + String.join(", ", missing) + ". Open a data set in the Data tab first.");
        }
    }
}
