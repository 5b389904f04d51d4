package io.sparkworkbench.engine.ml.segment;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The views the segmentation hands to SQL and the other tabs: {@code customer_segments} and selections. */
final class SegmentViews {

    static final String SEGMENTS = "customer_segments";
    private static final Pattern VIEW_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");

    private SegmentViews() {
    }

    /** {@code customer_segments (customer_id, segment, name)} over the cached predictions. */
    static void registerSegments(SparkSession spark, Dataset<Row> predictions, List<String> names) {
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            rows.add(RowFactory.create(s, names.get(s)));
        }
        StructType schema = new StructType().add("segment", DataTypes.IntegerType, false).add("name", DataTypes.StringType, false);
        Dataset<Row> named = spark.createDataFrame(rows, schema);
        predictions.select(col("customer_id"), col(SegmentationPipeline.SEGMENT).as("segment"))
                .join(org.apache.spark.sql.functions.broadcast(named), "segment")
                .select("customer_id", "segment", "name")
                .createOrReplaceTempView(SEGMENTS);
    }

    /** A view of the selected customers with their features and segment; ids are at most the drawn points. */
    static long registerSelection(SparkSession spark, long[] ids, String view) {
        if (view == null || !VIEW_NAME.matcher(view).matches()) {
            throw new IllegalArgumentException("'" + view + "' cannot name a view: use letters, digits and _, not starting with a digit");
        }
        if (ids.length == 0) {
            throw new IllegalArgumentException("Nothing is selected: drag a rectangle or lasso over the plot first");
        }
        List<Row> rows = new ArrayList<>(ids.length);
        for (long id : ids) {
            rows.add(RowFactory.create(id));
        }
        StructType schema = new StructType().add("customer_id", DataTypes.LongType, false);
        Dataset<Row> selected = spark.createDataFrame(rows, schema);
        Dataset<Row> view0 = selected.join(spark.table(SEGMENTS), "customer_id")
                .join(spark.table(io.sparkworkbench.engine.ml.features.FeatureTable.VIEW), "customer_id");
        view0.createOrReplaceTempView(view);
        return ids.length;
    }
}
