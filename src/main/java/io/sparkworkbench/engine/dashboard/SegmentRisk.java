package io.sparkworkbench.engine.dashboard;

import java.util.OptionalDouble;

/**
 * Active customers of one segment in the period, and their mean churn probability when {@code customer_churn}
 * is registered.
 */
public record SegmentRisk(int segment, String name, long customers, OptionalDouble meanChurn) {
}
