package io.sparkworkbench.engine.ml.recommend;

/** How ratings are split into what the model trains on and what it is judged on. */
public enum SplitKind {
    /** Every customer's interactions of the last N days of the data are held out: the honest "predict the future" test. */
    BY_TIME("Last N days held out"),
    /** A random share of each customer's interactions is held out (seeded). */
    RANDOM_PER_USER("Random share per customer");

    private final String label;

    SplitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
