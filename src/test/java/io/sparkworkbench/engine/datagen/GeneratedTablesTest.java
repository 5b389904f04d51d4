package io.sparkworkbench.engine.datagen;

import static io.sparkworkbench.engine.datagen.DataGenTestSupport.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.dataset.TableSummary;
import io.sparkworkbench.testing.GeneratedData;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Row counts and referential integrity of a generated data set. */
class GeneratedTablesTest {

    private static final double SCALE = 0.05;

    private final GenerationResult result = GeneratedData.parquet(SCALE);
    private final Path folder = result.folder();

    @Test
    void exactTablesHaveTheRowCountsOfTheirScale() {
        Map<String, Long> rows = result.tables().stream().collect(Collectors.toMap(TableSummary::table, TableSummary::rows));
        assertThat(rows).containsEntry("customers", 500L).containsEntry("products", 40L)
                .containsEntry("orders", 2_500L).containsEntry("clickstream", 1_000L);
        assertThat(rows.keySet()).hasSize(7);
        for (String name : rows.keySet()) {
            assertThat(table(folder, name).count()).as(name).isEqualTo(rows.get(name));
        }
    }

    @Test
    void derivedTablesLandNearTheirPreviewedEstimates() {
        TableSizes sizes = TableSizes.of(SCALE);
        for (TableSummary summary : result.tables()) {
            long expected = sizes.rowsFor(EcommerceTable.parse(summary.table()));
            assertThat((double) summary.rows()).as(summary.table()).isBetween(expected * 0.85, expected * 1.15);
        }
    }

    @Test
    void everyReferenceResolves() {
        var customers = table(folder, "customers");
        var products = table(folder, "products");
        var orders = table(folder, "orders");
        assertThat(orders.join(customers, orders.col("customer_id").equalTo(customers.col("customer_id")), "left_anti").count()).isZero();
        var items = table(folder, "order_items");
        assertThat(items.join(products, "product_id").count()).isEqualTo(items.count());
        assertThat(items.join(orders, "order_id").count()).isEqualTo(items.count());
        assertThat(orders.join(items, "order_id").select("order_id").distinct().count()).isEqualTo(orders.count());
        var reviews = table(folder, "reviews");
        assertThat(reviews.join(customers, "customer_id").join(products, "product_id").count()).isEqualTo(reviews.count());
        var clicks = table(folder, "clickstream").where("customer_id IS NOT NULL");
        assertThat(clicks.join(customers, "customer_id").count()).isEqualTo(clicks.count());
        var edges = table(folder, "social_edges");
        assertThat(edges.where("src_customer_id = dst_customer_id").count()).isZero();
        assertThat(edges.join(customers.withColumnRenamed("customer_id", "dst_customer_id"), "dst_customer_id").count())
                .isEqualTo(edges.count());
    }

    @Test
    void orderTotalsEqualTheSumOfTheirItems() {
        table(folder, "order_items").createOrReplaceTempView("t_items");
        table(folder, "orders").createOrReplaceTempView("t_orders");
        Row mismatch = DataGenTestSupport.spark().sql("""
                SELECT count(*) FROM t_orders o
                JOIN (SELECT order_id, sum(line_total) AS total FROM t_items GROUP BY order_id) i USING (order_id)
                WHERE o.total_amount <> i.total""").first();
        assertThat(mismatch.getLong(0)).isZero();
        Row lines = DataGenTestSupport.spark().sql(
                "SELECT count(*) FROM t_items WHERE line_total <> unit_price * quantity OR quantity < 1").first();
        assertThat(lines.getLong(0)).isZero();
    }

    @Test
    void reviewsComeFromDeliveredPurchasesAndRateOneToFive() {
        var reviews = table(folder, "reviews");
        assertThat(reviews.where("rating < 1 OR rating > 5").count()).isZero();
        var orders = table(folder, "orders").where("status = 'delivered'");
        var items = table(folder, "order_items").join(orders, "order_id").select("customer_id", "product_id", "order_id");
        var bought = reviews.selectExpr("customer_id", "product_id", "cast(review_id div 16 as bigint) AS order_id");
        assertThat(bought.join(items, scalaSeq("customer_id", "product_id", "order_id"), "left_anti").count()).isZero();
    }

    @Test
    void registersEveryTableAsAView() {
        var spark = DataGenTestSupport.spark();
        for (EcommerceTable t : EcommerceTable.values()) {
            assertThat(spark.catalog().tableExists(t.sqlName())).as(t.sqlName()).isTrue();
        }
    }

    private static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.of(names)).toSeq();
    }
}
