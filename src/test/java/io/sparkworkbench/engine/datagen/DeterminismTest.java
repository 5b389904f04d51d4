package io.sparkworkbench.engine.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Same seed and scale give the same table contents whatever the partitioning. */
class DeterminismTest {

    private static Map<String, String> checksums(double scale, long seed, int partitions) {
        var spark = SharedSparkEngine.get().awaitSession();
        GeneratorModel model = new GeneratorModel(scale, seed);
        OrdersTables orders = new OrdersTables(model, partitions);
        Dataset<Row> lines = orders.lines(orders.base(spark));
        Map<String, Dataset<Row>> frames = Map.of(
                "customers", CustomersTable.build(spark, model, partitions),
                "products", ProductsTable.build(spark, model, partitions),
                "orders", orders.orders(lines),
                "order_items", OrdersTables.orderItems(lines),
                "reviews", orders.reviews(lines),
                "clickstream", ClickstreamTable.build(spark, model, partitions),
                "social_edges", SocialEdgesTable.build(spark, model, partitions));
        Map<String, String> sums = new HashMap<>();
        frames.forEach((name, df) -> sums.put(name, DataGenTestSupport.checksum(df)));
        return sums;
    }

    @Test
    void partitionCountDoesNotChangeContents() {
        assertThat(checksums(0.03, 11, 1)).isEqualTo(checksums(0.03, 11, 5));
    }

    @Test
    void seedChangesContents() {
        Map<String, String> a = checksums(0.01, 1, 1);
        Map<String, String> b = checksums(0.01, 2, 1);
        assertThat(a.get("customers")).isNotEqualTo(b.get("customers"));
        assertThat(a.get("order_items")).isNotEqualTo(b.get("order_items"));
    }
}
