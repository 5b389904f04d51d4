package io.sparkworkbench.report;

import io.sparkworkbench.engine.dashboard.DashboardData;
import java.util.Arrays;

/**
 * The report as a PDF with the HTML page's content in the same order: the data set and filter, the key figures as
 * a table, each chart across half a page with its data under it, the models' figures and the run's steps.
 */
public final class PdfReport {

    /** Half an A4 page's content height: two charts to a page when their tables are short. */
    private static final double CHART_HEIGHT = 330;
    /** A table's header and first rows, kept with the heading above them. */
    private static final double TABLE_START = 50;

    private PdfReport() {
    }

    public static byte[] render(ReportContent content) {
        PdfPages pages = new PdfPages(content.title());
        DashboardData d = content.dashboard();
        pages.title(content.title());
        pages.paragraph("Generated at " + ReportTables.time(content.generatedAt()) + " by Spark Workbench", true);
        pages.heading("Data set", TABLE_START);
        pages.table(ReportTables.dataset(content.dataset()), new double[]{1, 3});
        pages.paragraph("Filter: " + ReportTables.filter(d.filter()), false);
        pages.heading("Key figures", TABLE_START);
        pages.table(ReportTables.kpis(d.cards()), new double[]{2, 1.4, 3, 2.4});
        if (!d.churnNote().isEmpty()) {
            pages.paragraph(d.churnNote(), true);
        }
        for (ReportChart chart : ReportCharts.of(d)) {
            pages.heading(chart.title(), chart.drawn() ? CHART_HEIGHT : TABLE_START);
            if (chart.chart().isEmpty()) {
                pages.paragraph(chart.note(), true);
                continue;
            }
            pages.chart(chart.chart().get().chart(), CHART_HEIGHT);
            ReportTable data = ReportTables.data(chart.chart().get().data());
            double[] weights = new double[data.header().size()];
            Arrays.fill(weights, 1);
            weights[0] = 1.6;
            pages.table(data, weights);
        }
        pages.heading("Models", TABLE_START);
        if (content.steps().isEmpty()) {
            pages.paragraph(HtmlReport.NO_STEPS, true);
        } else {
            pages.table(ReportTables.models(content.steps()), new double[]{1.4, 1, 3.2, 3.2});
        }
        if (!content.run().isEmpty()) {
            pages.heading("Pipeline run", TABLE_START);
            pages.table(ReportTables.run(content.run()), new double[]{1.2, 1.6, 1.2, 1, 1});
        }
        return pages.bytes();
    }
}
