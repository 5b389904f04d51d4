package io.sparkworkbench.ui.live;

/** One point of a live time chart: {@code series}' value at {@code timeMs} (epoch milliseconds). */
record TimePoint(String series, long timeMs, double value) {
}
