package io.sparkworkbench.engine.ml.recommend;

/** One row of the metrics table. */
public record ModelScores(ModelRole role, RankingScores scores) {
}
