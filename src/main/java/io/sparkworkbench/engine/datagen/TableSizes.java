package io.sparkworkbench.engine.datagen;

import java.util.ArrayList;
import java.util.List;

/**
 * Row counts by scale. Customers, products, orders and clickstream are exact; order items, reviews and
 * social edges follow from them and are expected values (what {@link #estimate()} previews).
 */
public record TableSizes(double scale, long customers, long products, long orders, long clickstream) {

    static final int MIN_PRODUCTS = 40;
    static final double REVIEW_RATE = 0.22;
    static final double MEAN_OUT_EDGES = 5.0;
    /**
     * Edges per customer once repeated targets and self-loops are dropped. Measured, not derived: the
     * skewed draw inside a community repeats often, and how often hubs repeat depends on N (seed 42: 4.08
     * at 100 customers, 4.17 at 2,000, 4.34 at 10,000, 4.40 at 200,000).
     */
    static final double MEAN_DISTINCT_EDGES = 4.3;

    public static TableSizes of(double scale) {
        return new TableSizes(scale,
                Math.max(100, Math.round(10_000 * scale)),
                Math.max(MIN_PRODUCTS, Math.round(500 * scale)),
                Math.max(100, Math.round(50_000 * scale)),
                Math.max(100, Math.round(20_000 * scale)));
    }

    /**
     * Expected lines per order, from the segment mix and each segment's basket size. A basket is
     * min(MAX_ITEMS, G + 1) with G geometric, P(G >= j) = q^j, so its mean is (1 - q^MAX_ITEMS) / (1 - q).
     * The first {@code customers} orders are one per customer (segments in proportion to their share); the
     * rest follow share x order weight.
     */
    double expectedItemsPerOrder() {
        double weight = 0;
        double activity = 0;
        double welcome = 0;
        for (CustomerSegment s : CustomerSegment.values()) {
            double w = s.share() * s.orderWeight();
            weight += w;
            double q = Math.exp(-1 / (OrdersTables.BASKET_SCALE * s.basketSize()));
            double lines = (1 - Math.pow(q, OrdersTables.MAX_ITEMS)) / (1 - q);
            activity += w * lines;
            welcome += s.share() * lines;
        }
        double welcomeShare = Math.min(1.0, (double) customers / orders);
        return welcomeShare * welcome + (1 - welcomeShare) * activity / weight;
    }

    public List<RowEstimate> estimate() {
        long items = Math.round(orders * expectedItemsPerOrder());
        List<RowEstimate> list = new ArrayList<>();
        list.add(new RowEstimate(EcommerceTable.CUSTOMERS, customers, true));
        list.add(new RowEstimate(EcommerceTable.PRODUCTS, products, true));
        list.add(new RowEstimate(EcommerceTable.ORDERS, orders, true));
        list.add(new RowEstimate(EcommerceTable.ORDER_ITEMS, items, false));
        list.add(new RowEstimate(EcommerceTable.CLICKSTREAM, clickstream, true));
        list.add(new RowEstimate(EcommerceTable.REVIEWS, Math.round(items * OrdersTables.DELIVERED_SHARE * REVIEW_RATE), false));
        list.add(new RowEstimate(EcommerceTable.SOCIAL_EDGES, Math.round(customers * MEAN_DISTINCT_EDGES), false));
        return list;
    }

    public long rowsFor(EcommerceTable table) {
        return estimate().stream().filter(e -> e.table() == table).findFirst().orElseThrow().rows();
    }
}
