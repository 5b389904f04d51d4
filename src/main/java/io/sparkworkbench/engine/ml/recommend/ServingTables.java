package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;

/**
 * The views the recommendation browser reads, checked before a query so a missing table or column fails with
 * a sentence naming it rather than with Spark's analysis error. Column names compare case-insensitively, as
 * Spark SQL resolves them.
 */
final class ServingTables {

    static final String CUSTOMERS = "customers";
    static final String PRODUCTS = "products";
    static final String ORDERS = "orders";
    static final String ORDER_ITEMS = "order_items";
    static final String REVIEWS = "reviews";
    static final String SEGMENTS = "customer_segments";

    private final SparkSession spark;

    ServingTables(SparkSession spark) {
        this.spark = spark;
    }

    boolean exists(String view) {
        return spark.catalog().tableExists(view);
    }

    /**
     * Fails unless {@code view} exists with every column in {@code columns}; columns ending in {@code _id}
     * must hold whole numbers. {@code purpose} completes "The … needs": e.g. "customer directory".
     */
    void require(String view, String purpose, String... columns) {
        if (!exists(view)) {
            throw new EngineException("The " + purpose + " needs the table " + view + " of an open data set, and none is"
                    + " registered; open a data set in the Data tab first");
        }
        List<String> problems = problems(view, columns);
        if (!problems.isEmpty()) {
            throw new EngineException("The table " + view + " cannot serve the " + purpose + ": " + String.join("; ", problems));
        }
    }

    /** Whether {@code view} exists with every column of {@code columns} in a usable type. */
    boolean usable(String view, String... columns) {
        return exists(view) && problems(view, columns).isEmpty();
    }

    /** What is wrong with {@code view}'s columns for the caller, one phrase per problem; empty when nothing is. */
    List<String> problems(String view, String... columns) {
        Map<String, DataType> types = new TreeMap<>();
        for (StructField field : spark.table(view).schema().fields()) {
            types.put(field.name().toLowerCase(Locale.ROOT), field.dataType());
        }
        List<String> missing = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String column : columns) {
            DataType type = types.get(column.toLowerCase(Locale.ROOT));
            if (type == null) {
                missing.add(column);
            } else if (column.endsWith("_id") && !wholeNumber(type)) {
                problems.add("column " + column + " is " + type.sql() + ", not a whole number");
            }
        }
        if (!missing.isEmpty()) {
            problems.add(0, "it lacks the column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + " (it has " + String.join(", ", types.keySet()) + ")");
        }
        return problems;
    }

    private static boolean wholeNumber(DataType type) {
        return type.equals(DataTypes.LongType) || type.equals(DataTypes.IntegerType) || type.equals(DataTypes.ShortType)
                || type.equals(DataTypes.ByteType) || type instanceof DecimalType d && d.scale() == 0;
    }
}
