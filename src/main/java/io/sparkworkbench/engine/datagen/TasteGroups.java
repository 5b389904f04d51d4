package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * Taste below the category level, so a personalised recommender has something to learn that popularity does not
 * know (issue 11, ADR 0020). Every customer has a latent taste group, drawn from their id and the seed with odds set
 * by their segment (correlated with it, not equal to it), and every product belongs to one group: inside each
 * category the products of one popularity rank band are spread over the groups by a seeded offset, so each group
 * owns its own popular and its own obscure products. An order line (or a browsed product) is, with
 * {@link #IN_GROUP_SHARE}, picked among the products of the customer's group in the line's category, by the same
 * popularity skew as every other pick; otherwise from the whole category as before. Like the segment, the group is
 * never a column: {@link #tasteGroupOfId(Column)} and {@link #tasteGroupOf(long)} recompute it.
 */
public final class TasteGroups {

    public static final int GROUPS = 8;
    /** Chance that an order line or a browsed product comes from the customer's group (the rest follow popularity). */
    static final double IN_GROUP_SHARE = 0.6;
    /** Rating bonus for a product of the reviewer's own group: explicit feedback carries the taste too. */
    static final double IN_GROUP_RATING_BONUS = 0.4;
    private static final long SALT_CUSTOMER_GROUP = 109;
    private static final long SALT_CATEGORY_OFFSET = 209;

    /**
     * Odds of each taste group per segment (rows follow {@link CustomerSegment}): two home groups of 0.25 each,
     * the rest spread evenly, and lapsed customers share their home groups with champions and newcomers.
     */
    static final double[][] WEIGHTS = {
        homeGroups(0, 1), // champions
        homeGroups(2, 3), // loyal
        homeGroups(4, 5), // bargain hunters
        homeGroups(6, 7), // newcomers
        homeGroups(1, 6), // lapsed
    };

    private final CustomerLayout layout;
    private final HashRandom random;
    private final long products;
    private final int[] categoryOffset;
    private final Lookup groupBySegment;

    TasteGroups(CustomerLayout layout, long products, HashRandom random) {
        this.layout = layout;
        this.random = random;
        this.products = products;
        this.categoryOffset = new int[GeneratorModel.CATEGORY_COUNT];
        for (int c = 0; c < categoryOffset.length; c++) {
            categoryOffset[c] = (int) Math.floor(random.uniform(SALT_CATEGORY_OFFSET, c) * GROUPS);
        }
        int[] groups = new int[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            groups[g] = g;
        }
        this.groupBySegment = Lookup.ofIntRows(groups, WEIGHTS);
    }

    /** The taste groups of a data set generated at this scale with this seed. */
    public static TasteGroups of(double scale, long seed) {
        TableSizes sizes = TableSizes.of(scale);
        HashRandom random = new HashRandom(seed);
        return new TasteGroups(new CustomerLayout(sizes.customers(), random), sizes.products(), random);
    }

    /** The taste group (0 to {@link #GROUPS} − 1) of a customer id column, computed like {@link #tasteGroupOf(long)}. */
    public Column tasteGroupOfId(Column customerId) {
        return groupOf(layout.segmentOfId(customerId), customerId);
    }

    /** The taste group of a customer (1-based ids, as in the customers table). */
    public int tasteGroupOf(long customerId) {
        int segment = layout.segmentOf(customerId).ordinal();
        return groupBySegment.intAt(segment, random.uniform(SALT_CUSTOMER_GROUP, customerId));
    }

    /** The taste group a product belongs to, computed like {@link #groupOfProduct(long)}. */
    public Column groupOfProductId(Column productId) {
        Column zeroBased = productId.minus(1);
        Column indexInCategory = floor(zeroBased.divide(GeneratorModel.CATEGORY_COUNT));
        Column offset = element_at(lit(categoryOffset), GeneratorModel.categoryOfProduct(productId).plus(1));
        return pmod(indexInCategory.plus(offset), lit(GROUPS)).cast("int");
    }

    /** The taste group of a product (1-based ids, as in the products table). */
    public int groupOfProduct(long productId) {
        if (productId < 1 || productId > products) {
            throw new IllegalArgumentException("No product " + productId + " among " + products);
        }
        int category = (int) ((productId - 1) % GeneratorModel.CATEGORY_COUNT);
        long index = (productId - 1) / GeneratorModel.CATEGORY_COUNT;
        return (int) ((index + categoryOffset[category]) % GROUPS);
    }

    /** The group of a customer whose segment column is at hand (saves recomputing it from the id). */
    Column groupOf(Column segment, Column customerId) {
        return HashRandom.pick(groupBySegment, segment, random.uniform(SALT_CUSTOMER_GROUP, customerId));
    }

    /** A group for a visitor without an id (anonymous sessions), drawn like a customer's from the session. */
    Column groupOfVisitor(Column segment, long salt, Column... keys) {
        return HashRandom.pick(groupBySegment, segment, random.uniform(salt, keys));
    }

    /**
     * A product of the category: where {@code inGroup} holds and the group has products there, one of the group's
     * (index ≡ group − offset mod {@link #GROUPS} in the category), popular ones far more often; otherwise
     * {@link GeneratorModel#pickProductAt}. One uniform either way, so the salt is drawn once.
     */
    Column pickProduct(GeneratorModel model, Column category, Column group, Column inGroup, long salt, Column... keys) {
        Column u = random.uniform(salt, keys);
        Column inCategory = GeneratorModel.productsInCategory(products, category);
        Column residue = pmod(group.minus(element_at(lit(categoryOffset), category.plus(1))), lit(GROUPS));
        Column inGroupCount = floor(inCategory.minus(1).minus(residue).divide(GROUPS)).plus(1);
        Column rank = least(floor(pow(u, GeneratorModel.POPULARITY_SKEW).multiply(inGroupCount)), inGroupCount.minus(1));
        Column groupPick = residue.plus(rank.multiply(GROUPS)).multiply(GeneratorModel.CATEGORY_COUNT).plus(category).plus(1)
                .cast("bigint");
        // A small catalogue (scale < 0.13) can leave a group without products in a category: fall back to popularity.
        return when(inGroup.and(residue.lt(inCategory)), groupPick).otherwise(model.pickProductAt(category, u));
    }

    private static double[] homeGroups(int first, int second) {
        double[] weights = new double[GROUPS];
        java.util.Arrays.fill(weights, 0.5 / (GROUPS - 2));
        weights[first] = 0.25;
        weights[second] = 0.25;
        return weights;
    }
}
