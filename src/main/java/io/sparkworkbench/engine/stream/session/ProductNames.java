package io.sparkworkbench.engine.stream.session;

import io.sparkworkbench.engine.stream.query.TopProducts;
import io.sparkworkbench.engine.stream.source.ProductCatalogue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Product names for the live charts ("#1 Acme Headphones 0003", not "product 3"), read once when a stream starts
 * from the open data set's {@code products} view; a stream over a folder without a data set, or one whose
 * products have no name column, shows ids.
 */
final class ProductNames {

    private static final Logger LOG = LoggerFactory.getLogger(ProductNames.class);
    static final ProductNames NONE = new ProductNames(Map.of());

    private final Map<Long, String> names;

    ProductNames(Map<Long, String> names) {
        this.names = names;
    }

    static ProductNames load(SparkSession spark) {
        if (!spark.catalog().tableExists("products")) {
            return NONE;
        }
        try {
            List<Row> rows = spark.table("products").selectExpr("cast(product_id as bigint)", "cast(name as string)")
                    .where("product_id is not null and name is not null")
                    .limit(ProductCatalogue.MAX_PRODUCTS).collectAsList();
            Map<Long, String> names = new HashMap<>(rows.size() * 2);
            for (Row r : rows) {
                names.put(r.getLong(0), r.getString(1));
            }
            return new ProductNames(Map.copyOf(names));
        } catch (RuntimeException e) {
            LOG.info("Live charts show product ids: the products view has no readable name column ({})", e.getMessage());
            return NONE;
        }
    }

    /** The names of the products a top list shows (a handful), for the snapshot. */
    Map<Long, String> of(TopProducts top) {
        if (top == null || names.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> shown = new HashMap<>();
        for (TopProducts.Product p : top.products()) {
            String name = names.get(p.productId());
            if (name != null) {
                shown.put(p.productId(), name);
            }
        }
        return Map.copyOf(shown);
    }
}
