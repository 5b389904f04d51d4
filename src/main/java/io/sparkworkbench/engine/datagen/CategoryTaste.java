package io.sparkworkbench.engine.datagen;

/** The eight product categories and how much each segment likes each (rows follow {@link CustomerSegment}). */
final class CategoryTaste {

    static final String[] CATEGORIES = {
        "Electronics", "Fashion", "Home & Kitchen", "Books", "Sports & Outdoors", "Beauty", "Toys & Games", "Grocery"};

    /** Typical list price per category (the median of a log-normal spread). */
    static final double[] BASE_PRICE = {180, 45, 60, 15, 55, 25, 30, 8};

    static final double[][] WEIGHTS = {
        {0.30, 0.15, 0.15, 0.05, 0.10, 0.10, 0.05, 0.10}, // champions
        {0.12, 0.18, 0.18, 0.12, 0.10, 0.12, 0.06, 0.12}, // loyal
        {0.05, 0.15, 0.10, 0.08, 0.05, 0.10, 0.15, 0.32}, // bargain hunters
        {0.08, 0.28, 0.06, 0.15, 0.06, 0.22, 0.10, 0.05}, // newcomers
        {0.10, 0.08, 0.27, 0.22, 0.15, 0.05, 0.08, 0.05}, // lapsed
    };

    private CategoryTaste() {
    }

    /** Taste relative to an even spread: 1 = average, 2 = twice as likely as average. */
    static double relative(int segment, int category) {
        return WEIGHTS[segment][category] * CATEGORIES.length;
    }

    /** Relative taste as a flat array, segment-major, for a Spark array lookup. */
    static double[] relativeFlat() {
        double[] flat = new double[WEIGHTS.length * CATEGORIES.length];
        for (int s = 0; s < WEIGHTS.length; s++) {
            for (int c = 0; c < CATEGORIES.length; c++) {
                flat[s * CATEGORIES.length + c] = relative(s, c);
            }
        }
        return flat;
    }
}
