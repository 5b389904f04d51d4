package io.sparkworkbench.engine.datagen;

import java.util.List;

/**
 * The generator's planted behaviour, read-only, for code outside the generator that must behave the same way
 * (the live clickstream simulator draws its visitors from it), so that nothing copies the generator's figures.
 */
public final class PlantedBehaviour {

    private static final List<String> CATEGORIES = List.of(CategoryTaste.CATEGORIES);

    private PlantedBehaviour() {
    }

    /** The generator's product categories, in the order {@link #categoryTaste} indexes them. */
    public static List<String> categories() {
        return CATEGORIES;
    }

    /** The share of a segment's purchases that falls in generated category {@code category}; a segment's row sums to 1. */
    public static double categoryTaste(CustomerSegment segment, int category) {
        return CategoryTaste.WEIGHTS[segment.ordinal()][category];
    }

    /** How many orders a customer of the segment places relative to the others. */
    public static double orderWeight(CustomerSegment segment) {
        return segment.orderWeight();
    }

    /** The chance that a purchase in a category is one of the customer's taste group's products. */
    public static double inGroupShare() {
        return TasteGroups.IN_GROUP_SHARE;
    }

    /** How steeply a category's front products are preferred over its tail. */
    public static double popularitySkew() {
        return GeneratorModel.POPULARITY_SKEW;
    }

    /** The share of clickstream sessions without a known customer. */
    public static double anonymousSessionShare() {
        return ClickstreamTable.ANONYMOUS_SHARE;
    }
}
