package io.sparkworkbench.ui.explore;

import io.sparkworkbench.chart.BarValue;
import io.sparkworkbench.chart.ChartWithData;
import io.sparkworkbench.chart.ValueFormat;
import io.sparkworkbench.chart.WorkbenchCharts;
import io.sparkworkbench.engine.explore.ColumnProfile;
import io.sparkworkbench.engine.explore.HistogramBin;
import io.sparkworkbench.engine.explore.ValueCount;
import io.sparkworkbench.ui.common.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A column profile as a chart: the histogram of a numeric, date or timestamp column, else its top values. */
final class ProfileCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private ProfileCharts() {
    }

    static ChartWithData chart(ColumnProfile column) {
        boolean histogram = !column.histogram().isEmpty();
        String title = (histogram ? "Histogram of " : "Most frequent values of ") + column.name();
        ChartWithData chart = WorkbenchCharts.barChart(title, histogram ? column.name() : "value", "rows", ValueFormat.INTEGER,
                bars(column));
        if (chart.chart().getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot && plot.getCategories().size() > 6) {
            // Twenty "from – to" labels side by side would each be cut to "1…": slanted, they stay readable.
            plot.getDomainAxis().setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(2.5f);
        }
        return chart;
    }

    static List<BarValue> bars(ColumnProfile column) {
        List<BarValue> bars = new ArrayList<>();
        if (!column.histogram().isEmpty()) {
            for (HistogramBin bin : column.histogram()) {
                bars.add(new BarValue(binLabel(bin, column.type()), "rows", bin.count()));
            }
            return bars;
        }
        for (ValueCount top : column.topValues()) {
            String label = top.value() == null ? "NULL" : Formats.cell(top.value());
            // Two values may print alike (1 and 1.0 never do here, but "" and " " look the same): keep both bars.
            while (containsCategory(bars, label)) {
                label = label + " ";
            }
            bars.add(new BarValue(label.isEmpty() ? "(empty)" : label, "rows", top.count()));
        }
        return bars;
    }

    private static boolean containsCategory(List<BarValue> bars, String label) {
        return bars.stream().anyMatch(b -> b.category().equals(label));
    }

    /**
     * "10 – 20" in the column's own terms: days and instants for dates and timestamps. Whole-number bins
     * (integers, dates) name their first and last value, "1 – 250" rather than "1 – 251".
     */
    static String binLabel(HistogramBin bin, String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.equals("date")) {
            long first = (long) Math.floor(bin.from());
            long last = (long) Math.ceil(bin.to()) - 1;
            return last > first ? LocalDate.ofEpochDay(first) + " – " + LocalDate.ofEpochDay(last) : LocalDate.ofEpochDay(first).toString();
        }
        if (t.matches("tinyint|smallint|int|bigint")) {
            long first = (long) Math.floor(bin.from());
            long last = (long) Math.ceil(bin.to()) - 1;
            return last > first ? number(first) + " – " + number(last) : number(first);
        }
        if (t.startsWith("timestamp")) {
            return DAY.format(Instant.ofEpochSecond((long) bin.from())) + " – " + DAY.format(Instant.ofEpochSecond((long) bin.to()));
        }
        return number(bin.from()) + " – " + number(bin.to());
    }

    /** Short but distinct: integers plainly, others to 3 significant digits. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.US, "%,d", (long) value);
        }
        return new BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
