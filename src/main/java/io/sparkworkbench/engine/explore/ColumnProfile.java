package io.sparkworkbench.engine.explore;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Statistics of one column. {@code min}/{@code max} are plain Java values (null when the column is all
 * null); {@code mean}/{@code stddev} only for numeric columns. {@code histogram} is empty for columns
 * that are not numeric, dates or timestamps (their {@code topValues} make the bar chart); bins of
 * dates and timestamps are in epoch days and epoch seconds.
 */
public record ColumnProfile(String name, String type, long count, long nulls, long distinct, boolean distinctApproximate,
                            Object min, Object max, OptionalDouble mean, OptionalDouble stddev,
                            List<ValueCount> topValues, List<HistogramBin> histogram) {
}
