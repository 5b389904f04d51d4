package io.sparkworkbench.ui.common.chart;

import io.sparkworkbench.chart.ChartTable;
import io.sparkworkbench.chart.ChartTheme;
import io.sparkworkbench.chart.ChartWithData;
import io.sparkworkbench.chart.ValueFormat;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardPieToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.AreaRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of a query result: plain column names, Spark SQL type names ({@code bigint}, {@code date},
 * {@code decimal(10,2)}) and rows of plain values in, a themed chart plus the table it plots out.
 * Null values are skipped and counted; at most {@link #MAX_ROWS} rows are plotted.
 */
public final class ResultCharts {

    public static final int MAX_ROWS = 10_000;
    public static final int PIE_SLICES = 12;
    public static final int HISTOGRAM_BINS = 20;
    public static final String OTHER = "Other";

    /** The chart types a result can be shown as. */
    public enum Type {
        BAR("Bar"), LINE("Line"), AREA("Area"), PIE("Pie"), SCATTER("Scatter"), HISTOGRAM("Histogram");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        /** Pie and histogram plot exactly one value column. */
        public boolean singleValue() {
            return this == PIE || this == HISTOGRAM;
        }

        /** A histogram bins its value column and has no X column. */
        public boolean usesX() {
            return this != HISTOGRAM;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The chart, how many null values were left out, and whether rows past {@link #MAX_ROWS} were. */
    public record Built(ChartWithData chart, int skippedNulls, boolean capped) {

        /** "3 null values skipped · first 10,000 rows plotted", or "" when nothing was left out. */
        public String note() {
            List<String> parts = new ArrayList<>();
            if (skippedNulls > 0) {
                parts.add(skippedNulls + (skippedNulls == 1 ? " null value" : " null values") + " skipped");
            }
            if (capped) {
                parts.add("first " + ValueFormat.INTEGER.newFormat().format(MAX_ROWS) + " rows plotted");
            }
            return String.join(" · ", parts);
        }
    }

    private static final String TOOLTIP_PATTERN = "{0} · {1}: {2}";

    private ResultCharts() {
    }

    public static boolean isNumeric(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.equals("tinyint") || t.equals("smallint") || t.equals("int") || t.equals("bigint")
                || t.equals("float") || t.equals("double") || t.startsWith("decimal");
    }

    public static boolean isTemporal(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.equals("date") || t.startsWith("timestamp");
    }

    /**
     * Builds a chart of {@code rows}. {@code x} is the category, label or x-axis column (ignored for a
     * histogram); {@code ys} are the numeric columns plotted (exactly one for pie and histogram).
     *
     * @throws IllegalArgumentException naming the column when a column is missing or not numeric where it must be
     */
    public static Built build(Type type, List<String> names, List<String> types, List<? extends List<?>> rows,
                              String x, List<String> ys) {
        if (ys.isEmpty()) {
            throw new IllegalArgumentException("Pick at least one numeric column to plot.");
        }
        if (type.singleValue() && ys.size() != 1) {
            throw new IllegalArgumentException("A " + type.toString().toLowerCase(Locale.ROOT)
                    + " chart plots one value column, not " + ys.size() + ".");
        }
        int[] yIndex = new int[ys.size()];
        for (int i = 0; i < ys.size(); i++) {
            yIndex[i] = index(names, ys.get(i));
            if (!isNumeric(types.get(yIndex[i]))) {
                throw new IllegalArgumentException("Column '" + ys.get(i) + "' is " + types.get(yIndex[i])
                        + ", not numeric: it cannot be plotted as a value.");
            }
        }
        boolean capped = rows.size() > MAX_ROWS;
        List<? extends List<?>> plotted = capped ? rows.subList(0, MAX_ROWS) : rows;
        Builder builder = new Builder(plotted, ys, yIndex);
        if (type == Type.HISTOGRAM) {
            return builder.done(builder.histogram(), capped);
        }
        int xIndex = index(names, x);
        String xType = types.get(xIndex);
        ChartWithData chart = switch (type) {
            case BAR -> builder.category(x, xIndex, new BarRenderer());
            case PIE -> builder.pie(x, xIndex);
            case SCATTER -> {
                if (!isNumeric(xType)) {
                    throw new IllegalArgumentException("Column '" + x + "' is " + xType
                            + ", not numeric: a scatter chart needs a numeric X.");
                }
                yield builder.xy(x, xIndex, false, false, new XYLineAndShapeRenderer(false, true));
            }
            case LINE, AREA -> {
                boolean area = type == Type.AREA;
                if (isNumeric(xType) || isTemporal(xType)) {
                    yield builder.xy(x, xIndex, isTemporal(xType), xType.equalsIgnoreCase("date"),
                            area ? new XYAreaRenderer() : new XYLineAndShapeRenderer(true, true));
                }
                yield builder.category(x, xIndex, area ? new AreaRenderer() : new LineAndShapeRenderer(true, true));
            }
            case HISTOGRAM -> throw new AssertionError();
        };
        return builder.done(chart, capped);
    }

    private static int index(List<String> names, String column) {
        int index = column == null ? -1 : names.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("No column '" + column + "' in the result.");
        }
        return index;
    }

    private static double number(Object value, String column) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("Column '" + column + "' holds " + value + ", which is not a number.");
    }

    private static long millis(Object value) {
        if (value instanceof java.util.Date d) {
            return d.getTime();
        } else if (value instanceof java.time.Instant i) {
            return i.toEpochMilli();
        } else if (value instanceof LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } else if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        throw new IllegalArgumentException("Not a date or timestamp: " + value);
    }

    /** One build: the rows it plots and the null values it skipped along the way. */
    private static final class Builder {
        private final List<? extends List<?>> rows;
        private final List<String> ys;
        private final int[] yIndex;
        private int skipped;

        Builder(List<? extends List<?>> rows, List<String> ys, int[] yIndex) {
            this.rows = rows;
            this.ys = ys;
            this.yIndex = yIndex;
        }

        Built done(ChartWithData chart, boolean capped) {
            ChartTheme.LIGHT.apply(chart.chart());
            return new Built(chart, skipped, capped);
        }

        private String title(String x) {
            return String.join(", ", ys) + " by " + x;
        }

        /** Bar, or line/area over categories: one series per Y, values of a repeated category summed. */
        ChartWithData category(String x, int xIndex, AbstractCategoryItemRenderer renderer) {
            Map<String, Double[]> sums = new LinkedHashMap<>();
            for (List<?> row : rows) {
                Object key = row.get(xIndex);
                if (key == null) {
                    skipped++;
                    continue;
                }
                Double[] values = sums.computeIfAbsent(String.valueOf(key), k -> new Double[ys.size()]);
                for (int i = 0; i < ys.size(); i++) {
                    Object v = row.get(yIndex[i]);
                    if (v == null) {
                        skipped++;
                    } else {
                        values[i] = (values[i] == null ? 0 : values[i]) + number(v, ys.get(i));
                    }
                }
            }
            DefaultCategoryDataset dataset = new DefaultCategoryDataset();
            List<List<Object>> table = new ArrayList<>();
            sums.forEach((key, values) -> {
                List<Object> line = new ArrayList<>();
                line.add(key);
                for (int i = 0; i < ys.size(); i++) {
                    dataset.addValue(values[i], ys.get(i), key);
                    line.add(values[i]);
                }
                table.add(line);
            });
            if (renderer instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
                bars.setItemMargin(0.05);
            }
            renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator(TOOLTIP_PATTERN, numbers()));
            CategoryAxis axis = new CategoryAxis(x);
            axis.setMaximumCategoryLabelLines(2);
            CategoryPlot plot = new CategoryPlot(dataset, axis, valueAxis(null), renderer);
            if (renderer instanceof AreaRenderer) {
                plot.setForegroundAlpha(0.6f);
            }
            return new ChartWithData(chart(title(x), plot), new ChartTable(columns(x), table));
        }

        /** Line, area or scatter over a numeric or temporal X: one series per Y, sorted by X. */
        ChartWithData xy(String x, int xIndex, boolean temporal, boolean dateOnly, AbstractXYItemRenderer renderer) {
            List<XYSeries> series = new ArrayList<>();
            ys.forEach(y -> series.add(new XYSeries(y, true, true)));
            List<List<?>> kept = new ArrayList<>();
            for (List<?> row : rows) {
                Object xv = row.get(xIndex);
                if (xv == null) {
                    skipped++;
                    continue;
                }
                double xd = temporal ? millis(xv) : number(xv, x);
                kept.add(row);
                for (int i = 0; i < ys.size(); i++) {
                    Object v = row.get(yIndex[i]);
                    if (v == null) {
                        skipped++;
                    } else {
                        series.get(i).add(xd, number(v, ys.get(i)));
                    }
                }
            }
            kept.sort(Comparator.comparingDouble(r -> temporal ? millis(r.get(xIndex)) : number(r.get(xIndex), x)));
            List<List<Object>> table = new ArrayList<>();
            for (List<?> row : kept) {
                List<Object> line = new ArrayList<>();
                line.add(row.get(xIndex));
                for (int i : yIndex) {
                    line.add(row.get(i));
                }
                table.add(line);
            }
            XYSeriesCollection dataset = new XYSeriesCollection();
            series.forEach(dataset::addSeries);
            ValueAxis domain;
            if (temporal) {
                SimpleDateFormat format = new SimpleDateFormat(dateOnly ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", Locale.US);
                format.setTimeZone(TimeZone.getTimeZone("UTC"));
                DateAxis dates = new DateAxis(x);
                dates.setTimeZone(TimeZone.getTimeZone("UTC"));
                domain = dates;
                renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator(TOOLTIP_PATTERN, format, numbers()));
            } else {
                NumberAxis numbersAxis = new NumberAxis(x);
                numbersAxis.setAutoRangeIncludesZero(false);
                domain = numbersAxis;
                renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator(TOOLTIP_PATTERN, numbers(), numbers()));
            }
            if (renderer instanceof XYLineAndShapeRenderer lines) {
                lines.setAutoPopulateSeriesShape(false);
                lines.setDefaultShape(new Ellipse2D.Double(-3, -3, 6, 6));
            }
            XYPlot plot = new XYPlot(dataset, domain, valueAxis(null), renderer);
            if (renderer instanceof XYAreaRenderer) {
                plot.setForegroundAlpha(0.6f);
            }
            return new ChartWithData(chart(title(x), plot), new ChartTable(columns(x), table));
        }

        /** One slice per label (values of a repeated label summed): the largest {@link #PIE_SLICES}, then "Other". */
        ChartWithData pie(String x, int xIndex) {
            Map<String, Double> sums = new LinkedHashMap<>();
            for (List<?> row : rows) {
                Object key = row.get(xIndex);
                Object v = row.get(yIndex[0]);
                if (key == null || v == null) {
                    skipped++;
                    continue;
                }
                sums.merge(String.valueOf(key), number(v, ys.get(0)), Double::sum);
            }
            List<Map.Entry<String, Double>> sorted = new ArrayList<>(sums.entrySet());
            sorted.sort(Map.Entry.<String, Double>comparingByValue().reversed());
            DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
            List<List<Object>> table = new ArrayList<>();
            double other = 0;
            for (int i = 0; i < sorted.size(); i++) {
                if (i < PIE_SLICES) {
                    dataset.setValue(sorted.get(i).getKey(), sorted.get(i).getValue());
                    table.add(List.of(sorted.get(i).getKey(), sorted.get(i).getValue()));
                } else {
                    other += sorted.get(i).getValue();
                }
            }
            if (sorted.size() > PIE_SLICES) {
                dataset.setValue(OTHER, other);
                table.add(List.of(OTHER, other));
            }
            PiePlot<String> plot = new PiePlot<>(dataset);
            plot.setToolTipGenerator(new StandardPieToolTipGenerator("{0}: {1} ({2})", numbers(),
                    NumberFormat.getPercentInstance(Locale.US)));
            plot.setShadowPaint(null);
            for (int i = 0; i < dataset.getItemCount(); i++) {
                plot.setSectionPaint(dataset.getKey(i), ChartTheme.LIGHT.seriesColor(i));
            }
            return new ChartWithData(chart(ys.get(0) + " by " + x, plot), new ChartTable(columns(x), table));
        }

        /** {@link #HISTOGRAM_BINS} equal bins between the smallest and largest value; the table holds the counts. */
        ChartWithData histogram() {
            List<Double> values = new ArrayList<>();
            for (List<?> row : rows) {
                Object v = row.get(yIndex[0]);
                if (v == null) {
                    skipped++;
                } else {
                    values.add(number(v, ys.get(0)));
                }
            }
            double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            if (min == max) {
                min -= 0.5;
                max += 0.5;
            }
            HistogramDataset dataset = new HistogramDataset();
            dataset.setType(HistogramType.FREQUENCY);
            dataset.addSeries(ys.get(0), values.stream().mapToDouble(Double::doubleValue).toArray(),
                    HISTOGRAM_BINS, min, max);
            List<List<Object>> table = new ArrayList<>();
            for (int i = 0; i < dataset.getItemCount(0); i++) {
                table.add(List.of(dataset.getStartXValue(0, i), dataset.getEndXValue(0, i),
                        (long) dataset.getYValue(0, i)));
            }
            XYBarRenderer renderer = new XYBarRenderer(0.05);
            renderer.setBarPainter(new StandardXYBarPainter());
            renderer.setShadowVisible(false);
            renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{1}: {2} rows", numbers(),
                    ValueFormat.INTEGER.newFormat()));
            NumberAxis domain = new NumberAxis(ys.get(0));
            domain.setAutoRangeIncludesZero(false);
            NumberAxis range = valueAxis("rows");
            range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            XYPlot plot = new XYPlot(dataset, domain, range, renderer);
            return new ChartWithData(chart("Distribution of " + ys.get(0), plot),
                    new ChartTable(List.of("bin_start", "bin_end", "count"), table));
        }

        private List<String> columns(String x) {
            List<String> columns = new ArrayList<>();
            columns.add(x);
            columns.addAll(ys);
            return columns;
        }

        private JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
            boolean legend = plot instanceof PiePlot || ys.size() > 1;
            return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        }
    }

    private static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(numbers());
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.08);
        return axis;
    }

    /** 1,234.5 and 12: result columns mix integers and decimals, so up to two decimals, none when whole. */
    private static NumberFormat numbers() {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
    }
}
