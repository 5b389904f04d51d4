package io.sparkworkbench.engine.explore;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;

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
 * every column's bins counted in one aggregation of plain conditional counts, which Spark compiles into
 * one tight loop. Dates are binned in epoch days, timestamps in epoch seconds.
 */
final class ProfileHistograms {

    static final int BINS = 20;

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
        List<Column> binIndexes = new ArrayList<>();
        List<Column> counts = new ArrayList<>();
        for (int j = 0; j < counted.size(); j++) {
            Layout layout = counted.get(j);
            ColumnKind kind = stats.get(layout.column()).kind();
            // Selected first so each value's bin is computed once, not once per bin it is compared with.
            binIndexes.add(binIndex(axisValue(layout.column(), kind), layout).as("b" + j));
            for (int k = 0; k < layout.bins(); k++) {
                counts.add(count_if(col("b" + j).equalTo(k)));
            }
        }
        Row row = renamed.select(binIndexes.toArray(Column[]::new))
                .agg(counts.get(0), counts.subList(1, counts.size()).toArray(Column[]::new)).first();
        int at = 0;
        for (Layout layout : counted) {
            List<HistogramBin> bins = new ArrayList<>(layout.bins());
            for (int k = 0; k < layout.bins(); k++) {
                bins.add(layout.bin(k, row.getLong(at++)));
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
        return least(lit(layout.bins() - 1), greatest(lit(0), k));
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
