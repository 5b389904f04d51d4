package io.sparkworkbench.engine.explore;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Statistics of one column. {@code count} is the number of non-null values ({@code count + nulls} = the
 * table's rows). {@code distinct} counts non-null values, exactly or (when {@code distinctApproximate})
 * estimated; -1 for structs, arrays, maps and other complex columns, which get only count and nulls.
 * {@code min}/{@code max} are plain Java values (null when the column is all null or complex);
 * {@code mean}/{@code stddev} (sample standard deviation) only for numeric columns. Float and double
 * statistics and histograms leave out NaN and infinities. {@code topValues}: most frequent first, null
 * included as a value; counts are estimates for columns with more than 1,000 distinct values, and
 * empty when no value stands out among many. {@code histogram} is empty for columns that are not
 * numeric, dates or timestamps (their {@code topValues} make the bar chart); bins of dates and
 * timestamps are in epoch days and epoch seconds.
 */
public record ColumnProfile(String name, String type, long count, long nulls, long distinct, boolean distinctApproximate,
                            Object min, Object max, OptionalDouble mean, OptionalDouble stddev,
                            List<ValueCount> topValues, List<HistogramBin> histogram) {
}
