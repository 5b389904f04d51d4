package io.sparkworkbench.engine.ml.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class RatingSplitTest {

    private static RecommendRequest byTime(int days) {
        RecommendRequest d = RecommendRequest.defaults();
        return new RecommendRequest(RatingSource.IMPLICIT_EVENTS, d.weights(), 2, 5, 0.1, 1, 42, SplitKind.BY_TIME, days, 0.2, 3);
    }

    /**
     * Customer 1 bought 1 and 2 early, then 3 and 1 again in the last 10 days; customer 2 bought 1 and 4 early
     * and 5 late; customer 3 bought only late (cold). The data end is 2025-03-01.
     */
    private static void shop(SparkSession spark) {
        TinyShop.register(spark, List.of("1, 1, '2025-01-01'", "2, 2, '2025-01-05'", "3, 1, '2025-02-25'", "4, 2, '2025-02-26'",
                "5, 3, '2025-03-01'"), List.of("1, 1", "1, 2", "2, 1", "2, 4", "3, 3", "3, 1", "4, 5", "5, 2"), 6);
    }

    @Test
    void byTimeTrainsOnTheEarlierEventsAndJudgesOnNewPurchasesOfCustomersWithAHistory() {
        Set<String> relevant = RecommendTesting.run(ctx -> {
            shop(ctx.spark());
            try (RatingSplit split = RatingSplit.of(ctx.spark(), byTime(10))) {
                assertThat(split.counts()).isEqualTo(new RatingSplit.Counts(4, 3, 2, 1, 2));
                assertThat(pairs(split.train())).containsExactlyInAnyOrder("1-1", "1-2", "2-1", "2-4");
                assertThat(pairs(split.trainBought())).containsExactlyInAnyOrder("1-1", "1-2", "2-1", "2-4");
                assertThat(split.train().collectAsList()).allSatisfy(r -> assertThat(r.getDouble(2)).isEqualTo(10.0));
                return pairs(split.relevant());
            }
        });
        // 1-1 again is a repeat purchase, not relevant; 3-2 is a cold customer's, left out of the ranking metrics.
        assertThat(relevant).containsExactlyInAnyOrder("1-3", "2-5");
    }

    @Test
    void holdingOutEverythingSaysSo() {
        assertThatThrownBy(() -> RecommendTesting.run(ctx -> {
            shop(ctx.spark());
            try (RatingSplit split = RatingSplit.of(ctx.spark(), byTime(365))) {
                return split.counts();
            }
        })).rootCause().isInstanceOf(EngineException.class).hasMessageContaining("No ratings are left to train on")
                .hasMessageContaining("last 365 days");
    }

    @Test
    void anIdBeyondAlsIntRangeIsRefusedNamingTheColumnAndTheId() {
        assertThatThrownBy(() -> RecommendTesting.run(ctx -> {
            TinyShop.register(ctx.spark(), List.of("1, 3000000000, '2025-01-01'", "2, 2, '2025-02-01'"), List.of("1, 1", "2, 2"), 2);
            try (RatingSplit split = RatingSplit.of(ctx.spark(), byTime(10))) {
                return split.counts();
            }
        })).rootCause().isInstanceOf(EngineException.class).hasMessageContaining("customer_id 3000000000")
                .hasMessageContaining("32-bit");
    }

    @Test
    void sourcesFollowTheOpenTables() {
        Set<RatingSource> purchasesOnly = RecommendTesting.run(ctx -> {
            shop(ctx.spark());
            return RecommendTraining.sources(ctx);
        });
        Set<RatingSource> withReviews = RecommendTesting.run(ctx -> {
            TinyShop.reviews(ctx.spark(), List.of("1, 1, 5, '2025-01-10'"));
            return RecommendTraining.sources(ctx);
        });
        Set<RatingSource> none = RecommendTesting.run(ctx -> {
            List.of("reviews", "orders", "order_items").forEach(v -> ctx.spark().catalog().dropTempView(v));
            return RecommendTraining.sources(ctx);
        });
        assertThat(purchasesOnly).containsExactly(RatingSource.IMPLICIT_EVENTS);
        assertThat(withReviews).containsExactlyInAnyOrder(RatingSource.IMPLICIT_EVENTS, RatingSource.EXPLICIT_REVIEWS);
        assertThat(none).isEmpty();
    }

    static Set<String> pairs(Dataset<Row> rows) {
        return rows.collectAsList().stream().map(r -> r.getInt(0) + "-" + r.getInt(1)).collect(Collectors.toSet());
    }
}
