package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.exp;

import org.apache.spark.sql.Column;

/**
 * What every table of one data set shares: its sizes, its seeded randomness, the customer layout
 * (latent segments), the calendar, and the product catalogue formulas, so each table can recompute
 * another table's values (a customer's signup day, a product's price) instead of joining.
 */
final class GeneratorModel {

    static final int CATEGORY_COUNT = CategoryTaste.CATEGORIES.length;
    private static final long SALT_SIGNUP = 101;
    private static final long SALT_PRICE = 201;
    private static final long SALT_QUALITY = 203;
    static final double POPULARITY_SKEW = 2.2;

    final TableSizes sizes;
    final HashRandom random;
    final CustomerLayout layout;
    final TimeModel time;
    final Lookup segmentByActivity;
    final Lookup categoryBySegment;
    final TasteGroups taste;

    GeneratorModel(double scale, long seed) {
        this(scale, new HashRandom(seed));
    }

    GeneratorModel(double scale, HashRandom random) {
        this.sizes = TableSizes.of(scale);
        this.random = random;
        this.layout = new CustomerLayout(sizes.customers(), random);
        this.time = new TimeModel(random);
        this.segmentByActivity = CustomerLayout.activityLookup();
        int[] categories = new int[CATEGORY_COUNT];
        for (int i = 0; i < CATEGORY_COUNT; i++) {
            categories[i] = i;
        }
        this.categoryBySegment = Lookup.ofIntRows(categories, CategoryTaste.WEIGHTS);
        this.taste = new TasteGroups(layout, sizes.products(), random);
    }

    static Column bySegment(Column segment, double[] perSegment) {
        return element_at(lit(perSegment), segment.plus(1));
    }

    /** Signup day (0-based in the period) of a customer; the same formula in every table. */
    Column signupDay(Column customerId, Column segment) {
        Column from = bySegment(segment, CustomerSegment.column(CustomerSegment::signupFrom));
        Column to = bySegment(segment, CustomerSegment.column(CustomerSegment::signupTo));
        Column fraction = from.plus(random.uniform(SALT_SIGNUP, customerId).multiply(to.minus(from)));
        return floor(fraction.multiply(TimeModel.DAYS)).cast("int");
    }

    /** First day after a customer's active time: lapsed customers stop ordering early. */
    Column activeEndDay(Column signupDay, Column segment) {
        Column span = ceil(bySegment(segment, CustomerSegment.column(CustomerSegment::activeSpan)).multiply(TimeModel.DAYS));
        return least(lit(TimeModel.DAYS), greatest(signupDay.plus(span), signupDay.plus(1))).cast("int");
    }

    /**
     * A product of a category from a uniform already drawn, popular ones (low index in the category) far more often.
     * Lines and views pick through {@link TasteGroups#pickProduct}, which falls back to this.
     */
    Column pickProductAt(Column category, Column uniform) {
        Column inCategory = productsInCategory(sizes.products(), category);
        Column index = least(floor(pow(uniform, POPULARITY_SKEW).multiply(inCategory)), inCategory.minus(1));
        return index.multiply(CATEGORY_COUNT).plus(category).plus(1).cast("bigint");
    }

    /** How many of the catalogue's products are in a category: ids category + 1, category + 9, ... */
    static Column productsInCategory(long products, Column category) {
        return floor(lit(products - 1).minus(category).divide(CATEGORY_COUNT)).plus(1);
    }

    static Column categoryOfProduct(Column productId) {
        return pmod(productId.minus(1), lit(CATEGORY_COUNT)).cast("int");
    }

    /** List price: log-normal around the category's typical price. */
    Column listPrice(Column productId) {
        Column base = element_at(lit(CategoryTaste.BASE_PRICE), categoryOfProduct(productId).plus(1));
        Column price = base.multiply(exp(random.normal(SALT_PRICE, productId).multiply(0.55)));
        return greatest(round(price, 2), lit(0.99)).cast("decimal(10,2)");
    }

    /** A product's hidden quality in [-0.6, 0.6): shifts its ratings. */
    Column quality(Column productId) {
        return random.uniform(SALT_QUALITY, productId).minus(0.5).multiply(1.2);
    }
}
