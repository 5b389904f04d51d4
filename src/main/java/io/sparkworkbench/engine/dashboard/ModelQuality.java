package io.sparkworkbench.engine.dashboard;

/** One recommender's ranking scores at k from the saved evaluation (ALS or a baseline). */
public record ModelQuality(String model, double precision, double recall, double ndcg) {
}
