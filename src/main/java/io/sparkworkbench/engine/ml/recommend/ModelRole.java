package io.sparkworkbench.engine.ml.recommend;

/** The recommenders the tab always shows side by side: the model and its two baselines. */
public enum ModelRole {
    ALS("ALS"),
    POPULAR("Most popular"),
    RANDOM("Random");

    private final String label;

    ModelRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
