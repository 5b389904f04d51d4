package io.sparkworkbench.engine.stream.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyDistributionTest {

    private static LatencyProfile uniform(long events, long from, long to) {
        long[] q = new long[LatencyProfile.STEPS + 1];
        for (int i = 0; i < q.length; i++) {
            q[i] = from + (to - from) * i / LatencyProfile.STEPS;
        }
        return new LatencyProfile(events, q);
    }

    @Test
    void percentilesWeighBatchesByTheirEvents() {
        LatencyDistribution d = new LatencyDistribution();
        d.add(uniform(900, 0, 1000));
        d.add(uniform(100, 10_000, 11_000));
        // The 500th of 1,000 events is the fast batch's 500th of 900: about 555 ms.
        assertThat(d.percentile(0.5)).isBetween(530L, 580L);
        // The slow batch holds 10% of the events: the 95th percentile is inside it.
        assertThat(d.percentile(0.95)).isBetween(10_400L, 10_600L);
        assertThat(uniform(10, 5, 205).p50()).isEqualTo(105);
    }

    @Test
    void noEventsNoPercentile() {
        assertThat(new LatencyDistribution().percentile(0.5)).isEqualTo(-1);
    }
}
