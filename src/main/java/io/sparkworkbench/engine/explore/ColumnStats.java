package io.sparkworkbench.engine.explore;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One column's results of the statistics pass. {@code finite}: the non-null values a histogram counts
 * (float and double columns leave out NaN and infinities; for other types it equals {@code count}).
 */
record ColumnStats(String name, String type, ColumnKind kind, long count, long finite, long distinct, boolean distinctApproximate,
                   Object min, Object max, OptionalDouble mean, OptionalDouble stddev, List<ValueCount> topValues) {

    ColumnProfile withHistogram(long rows, List<HistogramBin> histogram) {
        return new ColumnProfile(name, type, count, rows - count, distinct, distinctApproximate, min, max, mean, stddev,
                topValues, histogram);
    }
}
