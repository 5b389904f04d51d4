package io.sparkworkbench.engine.stream.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** What the simulator and the replay read of a generated data set: products once, customers by id and seed, clickstream by pages. */
class OpenDatasetSourcesTest {

    private final SparkSession spark = SharedSparkEngine.get().awaitSession();

    @Test
    void theCatalogueAndPopulationComeFromTheOpenDataSet() {
        DatasetKey key = GeneratedData.openShared(0.01);
        ProductCatalogue catalogue = ProductCatalogue.load(spark);
        assertThat(catalogue.size()).isEqualTo(40);
        assertThat(catalogue.categories()).containsExactlyInAnyOrderElementsOf(VisitorKind.GENERATED_CATEGORIES);
        CustomerPopulation population = CustomerPopulation.of(spark, key.folder());
        assertThat(population.knowsSegments()).isTrue();
        assertThat(population.hasCustomers()).isTrue();
        // The recomputed segment is the generator's: ids 1..100 cover every segment.
        assertThat(java.util.stream.LongStream.rangeClosed(1, 100).mapToObj(population::kindOf).distinct().count()).isEqualTo(5);
    }

    @Test
    void sparkPagesReplayTheWholeClickstreamInOrderWithCategoriesAndPrices() {
        GeneratedData.openShared(0.01);
        SparkReplaySource source = new SparkReplaySource(spark);
        List<LiveEvent> all = new ArrayList<>();
        long afterTs = Long.MIN_VALUE;
        long afterId = Long.MIN_VALUE;
        while (true) {
            List<LiveEvent> page = source.page(afterTs, afterId, 37);
            assertThat(page.size()).isLessThanOrEqualTo(37);
            all.addAll(page);
            if (page.size() < 37) {
                break;
            }
            afterTs = page.get(page.size() - 1).eventTsMillis();
            afterId = page.get(page.size() - 1).eventId();
        }
        Row stored = spark.sql("select count(*), count_if(event_type = 'purchase') from clickstream").first();
        assertThat((long) all.size()).isEqualTo(stored.getLong(0));
        assertThat(all.stream().map(LiveEvent::eventId).distinct().count()).isEqualTo(all.size());
        for (int i = 1; i < all.size(); i++) {
            LiveEvent a = all.get(i - 1);
            LiveEvent b = all.get(i);
            assertThat(a.eventTsMillis() < b.eventTsMillis() || (a.eventTsMillis() == b.eventTsMillis() && a.eventId() < b.eventId())).isTrue();
        }
        List<LiveEvent> purchases = all.stream().filter(e -> e.eventType().equals("purchase")).toList();
        assertThat((long) purchases.size()).isEqualTo(stored.getLong(1));
        ProductCatalogue catalogue = ProductCatalogue.load(spark);
        for (LiveEvent p : purchases) {
            int index = (int) p.productId() - 1;
            assertThat(p.amount()).isEqualTo(catalogue.price(index));
            assertThat(p.category()).isEqualTo(catalogue.category(index));
        }
    }
}
