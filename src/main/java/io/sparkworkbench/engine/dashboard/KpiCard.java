package io.sparkworkbench.engine.dashboard;

import java.util.OptionalDouble;

/**
 * One key figure for the chosen period and for the previous period of equal length, with its sparkline: the
 * figure per {@link SparkBuckets bucket} (month or week) of the chosen period, oldest first. A ratio with nothing
 * to divide by (no orders, no sessions) is NaN, in the values and in the sparkline.
 *
 * @param note why the figure ignores part of the filter (empty when it does not)
 */
public record KpiCard(Kpi kpi, double current, double previous, double[] sparkline, String note) {

    public KpiCard {
        sparkline = sparkline.clone();
    }

    @Override
    public double[] sparkline() {
        return sparkline.clone();
    }

    /** The change against the previous period as a fraction (0.1 = 10 % up); empty when there is nothing to compare. */
    public OptionalDouble change() {
        if (Double.isNaN(current) || Double.isNaN(previous) || previous == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((current - previous) / Math.abs(previous));
    }
}
