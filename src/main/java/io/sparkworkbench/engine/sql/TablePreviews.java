package io.sparkworkbench.engine.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/** First rows of a view as plain Java values; fetches limit + 1 rows to know whether there are more. */
public final class TablePreviews {

    private TablePreviews() {
    }

    public static TablePreview firstRows(SparkSession spark, String table, int limit) {
        return firstRows(spark.table(table), table, limit);
    }

    /** The first rows of {@code df}, reported under {@code table} (callers that quote names keep the plain one). */
    public static TablePreview firstRows(Dataset<Row> df, String table, int limit) {
        List<ColumnInfo> columns = new ArrayList<>();
        for (StructField field : df.schema().fields()) {
            columns.add(new ColumnInfo(field.name(), field.dataType().simpleString()));
        }
        List<Row> fetched = df.limit(limit + 1).collectAsList();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, fetched.size()); i++) {
            rows.add(PlainValues.of(fetched.get(i)));
        }
        return new TablePreview(table, columns, rows, fetched.size() > limit);
    }
}
