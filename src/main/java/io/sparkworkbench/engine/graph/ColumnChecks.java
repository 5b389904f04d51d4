package io.sparkworkbench.engine.graph;

import io.sparkworkbench.engine.EngineException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

/** The checks a graph's input view must pass, each failing with a message naming the view and the column. */
final class ColumnChecks {

    private ColumnChecks() {
    }

    static Dataset<Row> requireView(SparkSession spark, String view, String hint) {
        if (!spark.catalog().tableExists(view)) {
            throw new EngineException("There is no view '" + view + "' in the session" + hint);
        }
        return spark.table(view);
    }

    /** The column's name as the view spells it (names match case-insensitively, as in Spark SQL). */
    static StructField requireColumn(Dataset<Row> table, String view, String column, String role) {
        return Arrays.stream(table.schema().fields()).filter(f -> f.name().equalsIgnoreCase(column)).findFirst()
                .orElseThrow(() -> new EngineException("The view '" + view + "' has no column '" + column + "' for the " + role
                        + " (its columns: " + Arrays.stream(table.schema().fieldNames()).collect(Collectors.joining(", ")) + ")"));
    }

    /** Ids must be whole numbers or text (text is mapped to numbers). Returns true for text. */
    static boolean requireIdType(StructField field, String view, String role) {
        DataType t = field.dataType();
        if (t.equals(DataTypes.StringType)) {
            return true;
        }
        boolean integral = t.equals(DataTypes.LongType) || t.equals(DataTypes.IntegerType) || t.equals(DataTypes.ShortType)
                || t.equals(DataTypes.ByteType) || (t instanceof DecimalType d && d.scale() == 0 && d.precision() <= 18);
        if (!integral) {
            throw new EngineException("The " + role + " column '" + field.name() + "' of view '" + view + "' is " + t.sql()
                    + ": node ids must be whole numbers (TINYINT to BIGINT) or text (STRING)");
        }
        return false;
    }

    static void requireNumeric(StructField field, String view) {
        if (!(field.dataType() instanceof NumericType)) {
            throw new EngineException("The weight column '" + field.name() + "' of view '" + view + "' is " + field.dataType().sql()
                    + ": a weight must be a number");
        }
    }
}
