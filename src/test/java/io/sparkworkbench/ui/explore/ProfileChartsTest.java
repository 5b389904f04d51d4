package io.sparkworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.chart.BarValue;
import io.sparkworkbench.engine.explore.ColumnProfile;
import io.sparkworkbench.engine.explore.HistogramBin;
import io.sparkworkbench.engine.explore.ValueCount;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ProfileChartsTest {

    private static ColumnProfile profile(String type, List<ValueCount> top, List<HistogramBin> bins) {
        return new ColumnProfile("c", type, 10, 0, 3, false, null, null, OptionalDouble.empty(), OptionalDouble.empty(), top, bins);
    }

    @Test
    void numericColumnsChartTheirHistogram() {
        List<BarValue> bars = ProfileCharts.bars(profile("double", List.of(),
                List.of(new HistogramBin(0, 2.5, 4), new HistogramBin(2.5, 5, 6))));
        assertThat(bars).extracting(BarValue::category, BarValue::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0 – 2.5", 4.0), org.assertj.core.groups.Tuple.tuple("2.5 – 5", 6.0));
    }

    @Test
    void dateBinsReadAsDays() {
        long day = LocalDate.of(2024, 3, 1).toEpochDay();
        assertThat(ProfileCharts.binLabel(new HistogramBin(day, day + 31, 1), "date")).isEqualTo("2024-03-01 – 2024-03-31");
        assertThat(ProfileCharts.binLabel(new HistogramBin(day, day + 1, 1), "date")).isEqualTo("2024-03-01");
        assertThat(ProfileCharts.binLabel(new HistogramBin(1_704_067_200, 1_706_745_600, 1), "timestamp"))
                .isEqualTo("2024-01-01 – 2024-02-01");
    }

    @Test
    void wholeNumberBinsNameTheirFirstAndLastValue() {
        assertThat(ProfileCharts.binLabel(new HistogramBin(1, 251, 250), "bigint")).isEqualTo("1 – 250");
        assertThat(ProfileCharts.binLabel(new HistogramBin(3, 4, 9), "int")).isEqualTo("3");
        assertThat(ProfileCharts.binLabel(new HistogramBin(1, 251, 250), "double")).isEqualTo("1 – 251");
    }

    @Test
    void textColumnsChartTheirTopValuesKeepingNullAndEmptyApart() {
        List<BarValue> bars = ProfileCharts.bars(profile("string",
                List.of(new ValueCount("shipped", 5), new ValueCount(null, 3), new ValueCount("", 2)), List.of()));
        assertThat(bars).extracting(BarValue::category).containsExactly("shipped", "NULL", "(empty)");
    }

    @Test
    void numbersAreShortButDistinct() {
        assertThat(ProfileCharts.number(1234567)).isEqualTo("1,234,567");
        assertThat(ProfileCharts.number(0.123456)).isEqualTo("0.123");
        assertThat(ProfileCharts.number(-2.5)).isEqualTo("-2.5");
    }
}
