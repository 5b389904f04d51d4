package io.sparkworkbench.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.chart.BarValue;
import io.sparkworkbench.engine.stream.query.BatchMetrics;
import io.sparkworkbench.engine.stream.query.EventCounts;
import io.sparkworkbench.engine.stream.query.Funnel;
import io.sparkworkbench.engine.stream.query.TopProducts;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live charts' data is bounded and labelled as drawn. */
class LiveChartDataTest {

    @Test
    void eventsKeepTheNewestWindowsOnlyLabelledByTheirStart() {
        int windows = LiveChartData.WINDOWS + 5;
        long[] starts = new long[windows];
        long[][] counts = new long[2][windows];
        for (int w = 0; w < windows; w++) {
            starts[w] = w * 10_000L;
            counts[0][w] = w;
            counts[1][w] = 2L * w;
        }
        List<BarValue> bars = LiveChartData.eventsPerType(new EventCounts(List.of("page_view", "purchase"), starts, counts, 10_000, 3),
                ZoneOffset.UTC);
        assertThat(bars).hasSize(2 * LiveChartData.WINDOWS);
        assertThat(bars.get(0)).isEqualTo(new BarValue("00:00:50", "page_view", 5));
        assertThat(bars.get(bars.size() - 1)).isEqualTo(new BarValue("00:03:40", "purchase", 44));
    }

    @Test
    void theNewestMinutesRevenueWindowsAreDrawnAsStillFillingJoinedToTheLastClosedOne() {
        // Sliding minutes every 10 s ending 60 s .. 150 s: the newest ends at 150 s, so the windows ending after
        // 90 s still take purchases (each holds part of the newest slide), and a single line would seem to fall.
        long[] ends = {60_000, 70_000, 80_000, 90_000, 100_000, 110_000, 120_000, 130_000, 140_000, 150_000};
        long[] starts = java.util.Arrays.stream(ends).map(e -> e - 60_000).toArray();
        double[] revenue = {600, 600, 600, 600, 500, 400, 300, 200, 100, 50};
        List<TimePoint> points = LiveChartData.revenue(new io.sparkworkbench.engine.stream.query.Revenue(starts, ends, revenue,
                new long[ends.length], 4));
        assertThat(points.stream().filter(p -> p.series().equals(LiveChartData.REVENUE_CLOSED)).map(TimePoint::timeMs))
                .containsExactly(60_000L, 70_000L, 80_000L, 90_000L);
        assertThat(points.stream().filter(p -> p.series().equals(LiveChartData.REVENUE_FILLING)).map(TimePoint::timeMs))
                .containsExactlyInAnyOrder(90_000L, 100_000L, 110_000L, 120_000L, 130_000L, 140_000L, 150_000L);
        assertThat(LiveChartData.revenue(new io.sparkworkbench.engine.stream.query.Revenue(new long[0], new long[0], new double[0],
                new long[0], -1))).isEmpty();
    }

    @Test
    void theFunnelShowsTheNewestMinuteWithEachStepsShareOfTheFirst() {
        Funnel funnel = new Funnel(List.of("visited", "purchase"), new long[] {0, 60_000}, new long[][] {{5, 200}, {1, 30}}, 2);
        assertThat(LiveChartData.funnel(funnel)).containsExactly(new BarValue("visited (100%)", "sessions", 200),
                new BarValue("purchase (15%)", "sessions", 30));
    }

    @Test
    void noFunnelStepReadsOverAHundredPercentEvenWhenTheSketchesPutOneAHairAboveTheStepBefore() {
        // HyperLogLog estimates of nested sets of sessions: product_view one session above the visits, checkout above cart.
        Funnel funnel = new Funnel(List.of("visited", "product_view", "add_to_cart", "checkout", "purchase"), new long[] {0},
                new long[][] {{12_000}, {12_001}, {4_000}, {4_003}, {900}}, 7);
        List<BarValue> bars = LiveChartData.funnel(funnel);
        assertThat(bars).extracting(BarValue::category).containsExactly("visited (100%)", "product_view (100%)", "add_to_cart (33%)",
                "checkout (33%)", "purchase (8%)");
        for (int s = 1; s < bars.size(); s++) {
            assertThat(bars.get(s).value()).isLessThanOrEqualTo(bars.get(s - 1).value());
        }
    }

    @Test
    void metricsKeepTheNewestBatchesAndLeaveOutTheWatermarkBeforeTheFirst() {
        List<BatchMetrics> batches = new ArrayList<>();
        for (int b = 0; b < LiveChartData.BATCHES + 10; b++) {
            batches.add(new BatchMetrics(b, 1_000L * b + 100_000, 10, 10.0, Double.NaN, 50, 7, 0, 0, b == LiveChartData.BATCHES + 9 ? 90_000 : -1, null));
        }
        assertThat(LiveChartData.rates(batches)).hasSize(2 * LiveChartData.BATCHES)
                .allSatisfy(p -> assertThat(Double.isFinite(p.value())).isTrue());
        assertThat(LiveChartData.watermarkGap(batches)).singleElement()
                .isEqualTo(new TimePoint(LiveChartData.WATERMARK_GAP, 229_000, 139.0));
        assertThat(LiveChartData.durations(batches)).hasSize(LiveChartData.BATCHES);
    }

    @Test
    void topProductsAreLabelledByNameAndByIdWhereTheDataSetHasNoName() {
        TopProducts top = new TopProducts(0, 60_000, List.of(new TopProducts.Product(1, 3, 220, 4, 99.5),
                new TopProducts.Product(2, 7, 180, 1, 20.0)), 4);
        assertThat(LiveChartData.topProducts(top, java.util.Map.of(3L, "Acme Headphones 0003")))
                .containsExactly(new BarValue("#1 Acme Headphones 0003", "events", 220), new BarValue("#2 product 7", "events", 180));
    }
}
