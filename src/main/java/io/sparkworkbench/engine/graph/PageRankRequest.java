package io.sparkworkbench.engine.graph;

import java.util.OptionalLong;

/**
 * PageRank's parameters: a fixed number of iterations, or until no rank moves by more than {@code tolerance}
 * (then {@code iterations} is ignored); personalised when {@code source} is set (the random surfer restarts
 * at that node instead of anywhere).
 *
 * @param resetProbability the restart probability, 1 − damping (0.15 is the classic choice)
 */
public record PageRankRequest(int iterations, double tolerance, double resetProbability, OptionalLong source) {

    public static final int MAX_ITERATIONS = 200;

    public PageRankRequest {
        if (tolerance <= 0 && (iterations < 1 || iterations > MAX_ITERATIONS)) {
            throw new IllegalArgumentException("PageRank iterations must lie within 1.." + MAX_ITERATIONS + ", not " + iterations);
        }
        if (tolerance < 0 || tolerance >= 1) {
            throw new IllegalArgumentException("The PageRank tolerance must be 0 (fixed iterations) or in (0, 1), not " + tolerance);
        }
        if (!(resetProbability > 0 && resetProbability < 1)) {
            throw new IllegalArgumentException("The reset probability must lie strictly between 0 and 1, not " + resetProbability);
        }
        source = source == null ? OptionalLong.empty() : source;
    }

    public static PageRankRequest iterations(int iterations) {
        return new PageRankRequest(iterations, 0, 0.15, OptionalLong.empty());
    }

    public static PageRankRequest untilConverged(double tolerance) {
        return new PageRankRequest(0, tolerance, 0.15, OptionalLong.empty());
    }

    public PageRankRequest personalisedFrom(long node) {
        return new PageRankRequest(iterations, tolerance, resetProbability, OptionalLong.of(node));
    }

    public boolean fixedIterations() {
        return tolerance == 0;
    }

    String describe() {
        String how = fixedIterations() ? iterations + " iterations" : "until changes < " + tolerance;
        return "PageRank (" + how + (source.isPresent() ? ", personalised from " + source.getAsLong() : "") + ")";
    }
}
