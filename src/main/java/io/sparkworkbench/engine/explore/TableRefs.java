package io.sparkworkbench.engine.explore;

import io.sparkworkbench.engine.EngineException;
import org.apache.spark.sql.SparkSession;

/**
 * Turns a table name as the catalog lists it ("my view", "default.orders") into an identifier Spark
 * parses: every part in backticks, so spaces, dots and keywords in names work.
 */
final class TableRefs {

    private TableRefs() {
    }

    static String quote(String part) {
        return "`" + part.replace("`", "``") + "`";
    }

    /**
     * The quoted identifier of an existing table or view. A temporary view named exactly {@code name}
     * wins (a view may be called "a.b"); otherwise a dotted name is read as database.table.
     */
    static String resolve(SparkSession spark, String name) {
        if (name == null || name.isBlank()) {
            throw new EngineException("No table given");
        }
        String whole = quote(name);
        if (spark.catalog().tableExists(whole)) {
            return whole;
        }
        if (name.contains(".")) {
            String[] parts = name.split("\\.", -1);
            StringBuilder quoted = new StringBuilder();
            for (String part : parts) {
                quoted.append(quoted.isEmpty() ? "" : ".").append(quote(part));
            }
            if (spark.catalog().tableExists(quoted.toString())) {
                return quoted.toString();
            }
        }
        throw new EngineException("No table or view named " + name + " (it may have been dropped)");
    }

    /** Whether {@code name} is a temporary view of this session (not a table in a database). */
    static boolean isTemporary(SparkSession spark, String name) {
        return spark.sessionState().catalog().getRawTempView(name).isDefined();
    }

    /** Why {@code name} cannot name a new temporary view, or null when it can. */
    static String invalidViewName(String name) {
        if (name == null || name.isBlank()) {
            return "The new view needs a name";
        }
        if (!name.equals(name.strip())) {
            return "The view name '" + name + "' starts or ends with spaces";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "The view name '" + name.replaceAll("\\p{Cntrl}", "?") + "' contains control characters";
        }
        return null;
    }
}
