package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineContext;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Streams a query's rows to the driver one partition at a time ({@code toLocalIterator}), never the whole result
 * at once as {@code collectAsList} would: the driver holds one partition's rows plus what the caller keeps.
 * Checks for Stop every few thousand rows, so a stopped action does not read on between its Spark jobs.
 */
final class LocalRows {

    private static final int CHECK_EVERY = 4096;

    private LocalRows() {
    }

    /** Hands every row to {@code action}; returns how many there were. */
    static long forEach(EngineContext context, Dataset<Row> rows, Consumer<Row> action) {
        context.checkCancelled();
        Iterator<Row> iterator = rows.toLocalIterator();
        long count = 0;
        while (iterator.hasNext()) {
            action.accept(iterator.next());
            if (++count % CHECK_EVERY == 0) {
                context.checkCancelled();
            }
        }
        return count;
    }

    /** A whole-number cell as a long, whatever integral type the column has (ALS writes int ids, tables BIGINT). */
    static long longAt(Row row, int i) {
        return ((Number) row.get(i)).longValue();
    }
}
