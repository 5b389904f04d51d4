package io.sparkworkbench.chart;

import java.time.YearMonth;
import java.util.Objects;

/** One point of a monthly time-series chart: the value of {@code series} in {@code month}. */
public record MonthPoint(String series, YearMonth month, double value) {

    public MonthPoint {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(month, "month");
    }
}
