package io.sparkworkbench.engine.explore;

/** Rows whose value lies in [{@code from}, {@code to}) ({@code to} included for the last bin). */
public record HistogramBin(double from, double to, long count) {
}
