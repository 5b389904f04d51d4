package io.sparkworkbench.engine.datagen;

import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Builds each table's DataFrame on demand, on the thread that writes it: building all seven up front took
 * ~0.2 s of serial analysis at scale 1 before the first write could start. orders, order_items and reviews
 * share one description of the order lines, built once by whichever needs it first.
 */
final class TableFrames {

    private final SparkSession spark;
    private final GeneratorModel model;
    private final OrdersTables orders;
    private final Supplier<Dataset<Row>> lines;

    TableFrames(SparkSession spark, GeneratorModel model) {
        this.spark = spark;
        this.model = model;
        this.orders = new OrdersTables(model, EcommerceGenerator.partitions(model.sizes.orders()));
        this.lines = memoize(() -> orders.lines(orders.base(spark)));
    }

    Dataset<Row> build(EcommerceTable table) {
        TableSizes sizes = model.sizes;
        return switch (table) {
            case CUSTOMERS -> CustomersTable.build(spark, model, EcommerceGenerator.partitions(sizes.customers()));
            case PRODUCTS -> ProductsTable.build(spark, model, EcommerceGenerator.partitions(sizes.products()));
            case ORDERS -> orders.orders(lines.get());
            case ORDER_ITEMS -> OrdersTables.orderItems(lines.get());
            case REVIEWS -> orders.reviews(lines.get());
            case CLICKSTREAM -> ClickstreamTable.build(spark, model, EcommerceGenerator.partitions(sizes.clickstream()));
            case SOCIAL_EDGES -> SocialEdgesTable.build(spark, model, EcommerceGenerator.partitions(sizes.customers() * 5));
        };
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
