package io.sparkworkbench.engine.ml.churn;

import java.util.ArrayList;
import java.util.List;

/**
 * How a model scored the test set: counts of churners and of customers who stayed per bin of churn
 * probability (bin {@code i} holds {@code [i/bins, (i+1)/bins)}, the last one also 1.0). Enough to draw the
 * ROC curve and to give the confusion matrix at any threshold without another Spark job.
 */
public record ScoreHistogram(List<Long> churned, List<Long> stayed) {

    public static final int DEFAULT_BINS = 200;

    public ScoreHistogram {
        churned = List.copyOf(churned);
        stayed = List.copyOf(stayed);
        if (churned.size() != stayed.size() || churned.isEmpty()) {
            throw new IllegalArgumentException("A score histogram needs as many churned as stayed bins, at least one: "
                    + churned.size() + " and " + stayed.size());
        }
    }

    public static ScoreHistogram of(long[] churned, long[] stayed) {
        List<Long> c = new ArrayList<>(churned.length);
        List<Long> s = new ArrayList<>(stayed.length);
        for (long v : churned) {
            c.add(v);
        }
        for (long v : stayed) {
            s.add(v);
        }
        return new ScoreHistogram(c, s);
    }

    public int bins() {
        return churned.size();
    }

    public long churners() {
        return churned.stream().mapToLong(Long::longValue).sum();
    }

    public long stayers() {
        return stayed.stream().mapToLong(Long::longValue).sum();
    }

    public long total() {
        return churners() + stayers();
    }

    /**
     * The confusion matrix when customers scoring at least {@code threshold} are flagged as churners. The
     * threshold is rounded to the nearest bin edge, which {@link Confusion#threshold()} reports.
     */
    public Confusion confusionAt(double threshold) {
        int first = firstFlaggedBin(threshold);
        long tp = 0;
        long fp = 0;
        for (int i = first; i < bins(); i++) {
            tp += churned.get(i);
            fp += stayed.get(i);
        }
        return new Confusion((double) first / bins(), tp, fp, churners() - tp, stayers() - fp);
    }

    /**
     * The ROC curve through every bin edge, from (0, 0) (nobody flagged) to (1, 1) (everybody flagged),
     * monotone in both rates; repeated points (empty bins) are dropped, so at most {@code bins + 1} remain.
     * Empty when the test set lacks churners or stayers (no curve exists then).
     */
    public List<RocPoint> rocCurve() {
        long positives = churners();
        long negatives = stayers();
        List<RocPoint> points = new ArrayList<>();
        if (positives == 0 || negatives == 0) {
            return points;
        }
        long tp = 0;
        long fp = 0;
        points.add(new RocPoint(0, 0));
        for (int i = bins() - 1; i >= 0; i--) {
            tp += churned.get(i);
            fp += stayed.get(i);
            RocPoint p = new RocPoint((double) fp / negatives, (double) tp / positives);
            if (!p.equals(points.get(points.size() - 1))) {
                points.add(p);
            }
        }
        return points;
    }

    private int firstFlaggedBin(double threshold) {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("The threshold is not a number");
        }
        long edge = Math.round(Math.max(0, Math.min(1, threshold)) * bins());
        return (int) edge;
    }
}
