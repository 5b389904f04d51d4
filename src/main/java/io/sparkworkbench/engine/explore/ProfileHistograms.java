package io.sparkworkbench.engine.explore;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The histogram pass: equal-width bins between each column's min and max (from the statistics pass),
 * every column's bins counted in one aggregation. Dates are binned in epoch days, timestamps in epoch seconds.
 */
final class ProfileHistograms {

    static final int BINS = 20;
    /** Key of bin k of the j-th histogram: j * KEY_STRIDE + k (more than BINS, so keys never collide). */
    private static final int KEY_STRIDE = 64;

    private ProfileHistograms() {
    }

    /** Bins [low + k*width, low + (k+1)*width); the last one ends at {@code high} (included). */
    record Layout(int column, double low, double high, double width, int bins) {

        HistogramBin bin(int k, long count) {
            double to = k == bins - 1 ? high : low + (k + 1) * width;
            return new HistogramBin(low + k * width, to, count);
        }
    }

    /** Histograms by column position; columns without one (text, all null, complex) are left out. */
    static Map<Integer, List<HistogramBin>> run(Dataset<Row> renamed, List<ColumnStats> stats, ZoneId zone) {
        Map<Integer, List<HistogramBin>> histograms = new HashMap<>();
        List<Layout> counted = new ArrayList<>();
        for (int i = 0; i < stats.size(); i++) {
            ColumnStats s = stats.get(i);
            if (!s.kind().hasHistogram() || s.finite() == 0 || s.min() == null || s.max() == null) {
                continue;
            }
            Layout layout = layout(i, s.kind(), axis(s.min(), zone), axis(s.max(), zone));
            if (layout.bins() == 1) {
                // One value (or one whole unit): every counted value is in the only bin, no pass needed.
                histograms.put(i, List.of(layout.bin(0, s.finite())));
            } else {
                counted.add(layout);
            }
        }
        if (counted.isEmpty()) {
            return histograms;
        }
        List<Column> keys = new ArrayList<>();
        for (int j = 0; j < counted.size(); j++) {
            Layout layout = counted.get(j);
            ColumnKind kind = stats.get(layout.column()).kind();
            keys.add(lit(j * KEY_STRIDE).plus(binIndex(axisValue(layout.column(), kind), layout)));
        }
        // One row per (column, bin) key, counted by a group-by on one int: Spark compiles this into a tight
        // loop with a small hash map (at most columns x 20 keys), where one conditional count per bin and
        // column (hundreds of aggregates) outgrows generated code and runs several times slower.
        List<Row> groups = renamed.select(explode(array(keys.toArray(Column[]::new))).as("key"))
                .where(col("key").isNotNull()).groupBy("key").count().collectAsList();
        long[][] counts = new long[counted.size()][];
        for (int j = 0; j < counted.size(); j++) {
            counts[j] = new long[counted.get(j).bins()];
        }
        for (Row group : groups) {
            int key = group.getInt(0);
            counts[key / KEY_STRIDE][key % KEY_STRIDE] = group.getLong(1);
        }
        for (int j = 0; j < counted.size(); j++) {
            Layout layout = counted.get(j);
            List<HistogramBin> bins = new ArrayList<>(layout.bins());
            for (int k = 0; k < layout.bins(); k++) {
                bins.add(layout.bin(k, counts[j][k]));
            }
            histograms.put(layout.column(), List.copyOf(bins));
        }
        return histograms;
    }

    static Layout layout(int column, ColumnKind kind, double low, double high) {
        if (kind.wholeUnits()) {
            // Whole-number widths: ages 18-90 get bins of 4 years, not of 3.6.
            double span = high - low + 1;
            double width = Math.max(1, Math.ceil(span / BINS));
            int bins = (int) Math.ceil(span / width);
            return new Layout(column, low, low + bins * width, width, bins);
        }
        if (high <= low) {
            return new Layout(column, low, high, 0, 1);
        }
        return new Layout(column, low, high, (high - low) / BINS, BINS);
    }

    private static Column binIndex(Column value, Layout layout) {
        Column k = floor(value.minus(lit(layout.low())).divide(lit(layout.width()))).cast("int");
        // least/greatest skip nulls: without the guard every null would count in the first bin.
        return when(value.isNotNull(), least(lit(layout.bins() - 1), greatest(lit(0), k)));
    }

    /** The column as the number its histogram axis uses (null when it is null or not finite). */
    private static Column axisValue(int i, ColumnKind kind) {
        String c = ProfileStatistics.ref(i);
        return switch (kind) {
            case DATE -> expr("CAST(unix_date(" + c + ") AS DOUBLE)");
            case TIMESTAMP -> expr("unix_micros(" + c + ") / 1e6D");
            case TIMESTAMP_NTZ -> expr("unix_micros(CAST(" + c + " AS TIMESTAMP)) / 1e6D");
            default -> ProfileStatistics.finiteValue(i, kind).cast("double");
        };
    }

    /** A min or max (plain Java value) on the same axis: epoch days, epoch seconds or the number itself. */
    static double axis(Object value, ZoneId zone) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof LocalDate date) {
            return date.toEpochDay();
        }
        if (value instanceof Instant instant) {
            return instant.getEpochSecond() + instant.getNano() / 1e9;
        }
        if (value instanceof LocalDateTime local) {
            // Spark casts timestamp_ntz to timestamp in the session zone; the bounds must match.
            return local.atZone(zone).toEpochSecond() + local.getNano() / 1e9;
        }
        throw new IllegalArgumentException("No histogram axis for " + value.getClass().getSimpleName());
    }
}
