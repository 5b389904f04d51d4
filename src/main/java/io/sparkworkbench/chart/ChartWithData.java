package io.sparkworkbench.chart;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/** A chart together with the table of exactly what it plots; hand both to {@link WorkbenchChart#setChart}. */
public record ChartWithData(JFreeChart chart, ChartTable data) {

    public ChartWithData {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(data, "data");
    }
}
