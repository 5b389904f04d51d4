package io.sparkworkbench.chart;

import java.util.Objects;

/** One bar of a category bar chart: the value of {@code series} for {@code category}. */
public record BarValue(String category, String series, double value) {

    public BarValue {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(series, "series");
    }
}
