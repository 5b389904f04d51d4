package io.sparkworkbench.engine.ml.churn;

/** The confusion matrix of a model at one threshold: churners are the positive class. */
public record Confusion(double threshold, long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

    /** Share of customers flagged as churners who did churn; NaN when none is flagged. */
    public double precision() {
        long flagged = truePositives + falsePositives;
        return flagged == 0 ? Double.NaN : (double) truePositives / flagged;
    }

    /** Share of churners the model flags; NaN when there are none. */
    public double recall() {
        long churners = truePositives + falseNegatives;
        return churners == 0 ? Double.NaN : (double) truePositives / churners;
    }

    public long total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }
}
