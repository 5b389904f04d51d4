package io.sparkworkbench.engine.ml.recommend;

/** Where the ratings ALS learns from come from. */
public enum RatingSource {
    /** Star ratings from {@code reviews}: ALS predicts the rating, RMSE applies. */
    EXPLICIT_REVIEWS("Explicit: review stars 1–5"),
    /** Weighted counts of product views, add-to-carts and purchases: ALS with {@code implicitPrefs}. */
    IMPLICIT_EVENTS("Implicit: weighted events");

    private final String label;

    RatingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
