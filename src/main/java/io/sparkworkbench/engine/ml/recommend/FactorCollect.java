package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineException;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One side of an ALS model's factors ({@code userFactors} or {@code itemFactors}: id int, features
 * array&lt;float&gt;) collected into the primitive arrays {@link RecommenderBuilder} takes: ids, and {@code rank}
 * floats per id, row-major. The row count is asked first (the factors are cached after a fit, Parquet metadata
 * after a load), so the arrays are allocated once at their final size: 4 × rank + 8 bytes a row.
 */
final class FactorCollect {

    /** Ids and their factors, {@code values.length == ids.length × rank}. */
    record Factors(long[] ids, float[] values) {
    }

    private FactorCollect() {
    }

    /** {@code side} names the rows in a message: "customer" or "product". */
    static Factors collect(EngineContext context, Dataset<Row> factors, int rank, String side) {
        context.checkCancelled();
        long expected = factors.count();
        if (expected * rank > Integer.MAX_VALUE - 8) {
            throw new EngineException("The model has " + expected + " " + side + " factor rows of rank " + rank
                    + ": more than one array can hold in memory");
        }
        Buffer buffer = new Buffer((int) expected, rank);
        LocalRows.forEach(context, factors.select("id", "features"), expected, row -> {
            if (row.isNullAt(0) || row.isNullAt(1)) {
                throw new EngineException("The model has a " + side + " factor row without an id or features");
            }
            long id = LocalRows.longAt(row, 0);
            List<Object> features = row.getList(1);
            if (features.size() != rank) {
                throw new EngineException("The model's factors for " + side + " " + id + " have " + features.size()
                        + " values, not the model's rank " + rank);
            }
            buffer.add(id, features);
        });
        return buffer.toFactors();
    }

    /** Exactly sized from the count; grows only if the factors changed between the count and the read. */
    private static final class Buffer {
        private final int rank;
        private long[] ids;
        private float[] values;
        private int size;

        Buffer(int capacity, int rank) {
            this.rank = rank;
            this.ids = new long[capacity];
            this.values = new float[capacity * rank];
        }

        void add(long id, List<Object> features) {
            if (size == ids.length) {
                int grown = Math.max(16, size * 2);
                ids = Arrays.copyOf(ids, grown);
                values = Arrays.copyOf(values, grown * rank);
            }
            ids[size] = id;
            int at = size * rank;
            for (int f = 0; f < rank; f++) {
                values[at + f] = ((Number) features.get(f)).floatValue();
            }
            size++;
        }

        Factors toFactors() {
            return size == ids.length ? new Factors(ids, values) : new Factors(Arrays.copyOf(ids, size), Arrays.copyOf(values, size * rank));
        }
    }
}
