package io.sparkworkbench.report;

import io.sparkworkbench.chart.ChartWithData;
import java.util.Optional;

/**
 * One dashboard chart as the report shows it: drawn with the data table under it, or, when there is nothing to
 * draw, the sentence the tab shows in its place ("Train a segmentation model on the Segments tab first").
 *
 * @param wide whether the chart takes the page's full width (the monthly revenue lines do)
 */
public record ReportChart(String id, String title, Optional<ChartWithData> chart, String note, boolean wide) {

    public boolean drawn() {
        return chart.isPresent();
    }
}
