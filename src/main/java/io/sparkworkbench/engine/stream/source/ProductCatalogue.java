package io.sparkworkbench.engine.stream.source;

import io.sparkworkbench.engine.EngineException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The open data set's products as the simulator needs them: id, category and price, read once. The products
 * table is small (500 at scale 1); anything above {@link #MAX_PRODUCTS} is refused rather than held.
 * Products are kept in table order inside each category, so the generator's popular products (low ids in a
 * category) stay the popular ones when the simulator skews its picks towards the front.
 */
public final class ProductCatalogue {

    public static final int MAX_PRODUCTS = 200_000;

    private final long[] ids;
    private final double[] prices;
    private final String[] categoryOf;
    private final List<String> categories;
    private final int[][] byCategory;

    /** @param categoryNames one per product, parallel to ids and prices */
    public ProductCatalogue(long[] ids, String[] categoryNames, double[] prices) {
        if (ids.length == 0 || ids.length != categoryNames.length || ids.length != prices.length) {
            throw new EngineException("The products table must list at least one product with its category and price");
        }
        this.ids = ids.clone();
        this.prices = prices.clone();
        this.categoryOf = categoryNames.clone();
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            members.computeIfAbsent(categoryNames[i], c -> new ArrayList<>()).add(i);
        }
        this.categories = List.copyOf(members.keySet());
        this.byCategory = members.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Reads {@code product_id, category, price} of the session's {@code products} view (the open data set). */
    public static ProductCatalogue load(SparkSession spark) {
        if (!spark.catalog().tableExists("products")) {
            throw new EngineException("The live simulator needs the open data set's products table: open or generate a data set first");
        }
        List<Row> rows;
        try {
            rows = spark.table("products")
                    .selectExpr("cast(product_id as bigint)", "cast(category as string)", "cast(price as double)")
                    .where("product_id is not null and category is not null and price is not null and price >= 0")
                    .orderBy("product_id")
                    .limit(MAX_PRODUCTS + 1)
                    .collectAsList();
        } catch (RuntimeException e) {
            throw new EngineException("Cannot read product_id, category and price from the products table: "
                    + io.sparkworkbench.engine.EngineErrors.describe(e), e);
        }
        if (rows.size() > MAX_PRODUCTS) {
            throw new EngineException("The products table has more than " + MAX_PRODUCTS
                    + " products: too many for the live simulator to hold");
        }
        if (rows.isEmpty()) {
            throw new EngineException("The products table has no product with an id, a category and a price");
        }
        long[] ids = new long[rows.size()];
        String[] names = new String[rows.size()];
        double[] prices = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ids[i] = rows.get(i).getLong(0);
            names[i] = rows.get(i).getString(1);
            prices[i] = rows.get(i).getDouble(2);
        }
        return new ProductCatalogue(ids, names, prices);
    }

    public int size() {
        return ids.length;
    }

    public List<String> categories() {
        return categories;
    }

    /** Index into {@link #categories()} of a category name, or -1. */
    int categoryIndex(String name) {
        return categories.indexOf(name);
    }

    /** Products (indexes into this catalogue) of a category, in table order. */
    int[] inCategory(int category) {
        return byCategory[category];
    }

    long id(int product) {
        return ids[product];
    }

    double price(int product) {
        return prices[product];
    }

    String category(int product) {
        return categoryOf[product];
    }
}
