package io.sparkworkbench.ui.common.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.chart.ChartTable;
import io.sparkworkbench.ui.common.chart.ResultCharts.Built;
import io.sparkworkbench.ui.common.chart.ResultCharts.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class ResultChartsTest {

    static final List<String> NAMES = List.of("region", "day", "orders", "revenue", "note", "at");
    static final List<String> TYPES = List.of("string", "date", "bigint", "decimal(10,2)", "string", "timestamp");

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** Four rows, one with a null revenue; days out of order. */
    static List<List<Object>> rows() {
        return List.of(
                row("North", LocalDate.of(2024, 1, 3), 10L, new BigDecimal("100.50"), "a", Instant.parse("2024-01-03T10:00:00Z")),
                row("South", LocalDate.of(2024, 1, 1), 20L, null, "b", Instant.parse("2024-01-01T10:00:00Z")),
                row("North", LocalDate.of(2024, 1, 2), 5L, new BigDecimal("50"), "c", Instant.parse("2024-01-02T10:00:00Z")),
                row("East", LocalDate.of(2024, 1, 4), 7L, new BigDecimal("70"), "d", Instant.parse("2024-01-04T10:00:00Z")));
    }

    static Built build(Type type, String x, String... ys) {
        return ResultCharts.build(type, NAMES, TYPES, rows(), x, List.of(ys));
    }

    @Test
    void barSumsRepeatedCategoriesOneSeriesPerValueColumnAndSkipsNulls() {
        Built built = build(Type.BAR, "region", "orders", "revenue");

        CategoryPlot plot = built.chart().chart().getCategoryPlot();
        assertThat(plot.getDataset().getRowCount()).isEqualTo(2);
        assertThat(plot.getDataset().getColumnKeys()).containsExactly("North", "South", "East");
        assertThat(built.chart().chart().getLegend()).isNotNull();
        ChartTable table = built.chart().data();
        assertThat(table.columns()).containsExactly("region", "orders", "revenue");
        assertThat(table.rows()).hasSize(3);
        assertThat(table.cell(0, "orders")).isEqualTo(15.0);
        assertThat(table.cell(0, "revenue")).isEqualTo(150.5);
        assertThat(table.cell(1, "revenue")).isNull();
        assertThat(built.skippedNulls()).isEqualTo(1);
        assertThat(built.note()).isEqualTo("1 null value skipped");
    }

    @Test
    void lineOverADateSortsByDayOnADateAxis() {
        Built built = build(Type.LINE, "day", "orders");

        XYPlot plot = built.chart().chart().getXYPlot();
        assertThat(plot.getDomainAxis()).isInstanceOf(DateAxis.class);
        XYDataset dataset = plot.getDataset();
        assertThat(dataset.getSeriesCount()).isEqualTo(1);
        assertThat(dataset.getItemCount(0)).isEqualTo(4);
        assertThat(dataset.getYValue(0, 0)).isEqualTo(20.0);
        assertThat(built.chart().data().rows()).extracting(r -> r.get(0)).containsExactly(
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4));
        String tooltip = plot.getRenderer().getToolTipGenerator(0, 0).generateToolTip(dataset, 0, 0);
        assertThat(tooltip).isEqualTo("orders · 2024-01-01: 20");
    }

    @Test
    void areaOverATimestampAndOverACategory() {
        Built overTime = build(Type.AREA, "at", "orders", "revenue");
        assertThat(overTime.chart().chart().getXYPlot().getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(overTime.chart().chart().getXYPlot().getDataset().getItemCount(1)).isEqualTo(3);
        assertThat(overTime.chart().data().rows()).hasSize(4);

        Built overRegion = build(Type.AREA, "region", "orders");
        assertThat(overRegion.chart().chart().getCategoryPlot().getDataset().getColumnCount()).isEqualTo(3);
    }

    @Test
    void lineOverANumberSortsByIt() {
        Built built = build(Type.LINE, "orders", "revenue");
        assertThat(built.chart().data().rows()).extracting(r -> r.get(0)).containsExactly(5L, 7L, 10L, 20L);
        assertThat(built.chart().chart().getXYPlot().getDataset().getItemCount(0)).isEqualTo(3);
    }

    @Test
    void pieKeepsTheTwelveLargestSlicesAndSumsTheRestIntoOther() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            rows.add(row("c" + i, (long) i));
        }
        rows.add(row(null, 5L));
        Built built = ResultCharts.build(Type.PIE, List.of("label", "n"), List.of("string", "int"), rows, "label",
                List.of("n"));

        PiePlot<?> plot = (PiePlot<?>) built.chart().chart().getPlot();
        assertThat(plot.getDataset().getItemCount()).isEqualTo(13);
        assertThat(plot.getDataset().getKey(0)).isEqualTo("c20");
        ChartTable table = built.chart().data();
        assertThat(table.rows()).hasSize(13);
        assertThat(table.cell(12, "label")).isEqualTo(ResultCharts.OTHER);
        assertThat(table.cell(12, "n")).isEqualTo(36.0); // 1 + ... + 8
        assertThat(built.skippedNulls()).isEqualTo(1);
    }

    @Test
    void pieAndHistogramTakeExactlyOneValueColumn() {
        assertThatThrownBy(() -> build(Type.PIE, "region", "orders", "revenue"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one value column");
    }

    @Test
    void scatterPlotsNumericXAgainstY() {
        Built built = build(Type.SCATTER, "orders", "revenue");
        assertThat(built.chart().chart().getXYPlot().getDataset().getItemCount(0)).isEqualTo(3);
        assertThat(built.skippedNulls()).isEqualTo(1);

        assertThatThrownBy(() -> build(Type.SCATTER, "region", "revenue"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Column 'region' is string, not numeric: a scatter chart needs a numeric X.");
    }

    @Test
    void histogramCountsAddUpToTheNonNullValues() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(row(i % 7 == 0 ? null : Math.sqrt(i)));
        }
        Built built = ResultCharts.build(Type.HISTOGRAM, List.of("v"), List.of("double"), rows, null, List.of("v"));

        ChartTable table = built.chart().data();
        assertThat(table.columns()).containsExactly("bin_start", "bin_end", "count");
        assertThat(table.rows()).hasSize(ResultCharts.HISTOGRAM_BINS);
        long total = table.rows().stream().mapToLong(r -> (Long) r.get(2)).sum();
        assertThat(built.skippedNulls()).isEqualTo(143);
        assertThat(total).isEqualTo(1000 - 143);
        assertThat(built.chart().chart().getXYPlot().getDataset().getSeriesCount()).isEqualTo(1);
    }

    @Test
    void histogramOfOneRepeatedValueHasOneFullBin() {
        List<List<Object>> rows = List.of(row(3), row(3), row(3));
        Built built = ResultCharts.build(Type.HISTOGRAM, List.of("v"), List.of("int"), rows, null, List.of("v"));
        assertThat(built.chart().data().rows().stream().mapToLong(r -> (Long) r.get(2)).sum()).isEqualTo(3);
    }

    @Test
    void aTextValueColumnIsRefusedByName() {
        assertThatThrownBy(() -> build(Type.BAR, "region", "orders", "note"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Column 'note' is string, not numeric: it cannot be plotted as a value.");
        assertThatThrownBy(() -> build(Type.LINE, "missing", "orders"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'missing'");
    }

    @Test
    void onlyTheFirstTenThousandRowsArePlotted() {
        List<List<Object>> rows = new ArrayList<>();
        for (long i = 0; i < ResultCharts.MAX_ROWS + 5; i++) {
            rows.add(row(i, i * 2));
        }
        Built built = ResultCharts.build(Type.SCATTER, List.of("x", "y"), List.of("bigint", "bigint"), rows, "x",
                List.of("y"));
        assertThat(built.capped()).isTrue();
        assertThat(built.chart().data().rows()).hasSize(ResultCharts.MAX_ROWS);
        assertThat(built.note()).isEqualTo("first 10,000 rows plotted");
    }

    @Test
    void numericAndTemporalTypeNames() {
        assertThat(List.of("tinyint", "smallint", "int", "bigint", "float", "double", "decimal(38,18)"))
                .allMatch(ResultCharts::isNumeric);
        assertThat(List.of("string", "date", "boolean", "array<int>")).noneMatch(ResultCharts::isNumeric);
        assertThat(List.of("date", "timestamp", "timestamp_ntz")).allMatch(ResultCharts::isTemporal);
    }
}
