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
    /** Rows fetched per Spark job when the count is known: a few MB of factors, not a job per tiny partition. */
    static final long ROWS_PER_FETCH = 200_000;

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

    /**
     * As {@link #forEach(EngineContext, Dataset, Consumer)} for a query of about {@code expectedRows} rows:
     * merges its partitions (no shuffle) to one per {@value #ROWS_PER_FETCH} rows, because toLocalIterator runs
     * one Spark job per partition and ALS alone leaves ten blocks a side.
     */
    static long forEach(EngineContext context, Dataset<Row> rows, long expectedRows, Consumer<Row> action) {
        int wanted = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (expectedRows + ROWS_PER_FETCH - 1) / ROWS_PER_FETCH));
        Dataset<Row> fetched = rows.rdd().getNumPartitions() > wanted ? rows.coalesce(wanted) : rows;
        return forEach(context, fetched, action);
    }

    /** A whole-number cell as a long, whatever integral type the column has (ALS writes int ids, tables BIGINT). */
    static long longAt(Row row, int i) {
        return ((Number) row.get(i)).longValue();
    }
}
