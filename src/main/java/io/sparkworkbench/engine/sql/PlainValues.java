package io.sparkworkbench.engine.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Row;

/** Converts a Spark row to values the UI can show without knowing Spark (nested values become text). */
public final class PlainValues {

    private PlainValues() {
    }

    public static List<Object> of(Row row) {
        List<Object> values = new ArrayList<>(row.length());
        for (int i = 0; i < row.length(); i++) {
            values.add(plain(row.get(i)));
        }
        return Collections.unmodifiableList(values);
    }

    /** One value as {@link #of} converts it: java.time for dates and timestamps, text for nested values. */
    public static Object plain(Object value) {
        // Java 8 time types are asked for in the session, but a session shared with other code may not.
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof java.time.temporal.Temporal) {
            return value;
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " bytes";
        }
        return value.toString();
    }
}
