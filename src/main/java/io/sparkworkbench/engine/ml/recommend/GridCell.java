package io.sparkworkbench.engine.ml.recommend;

/** One grid-search fit: its rank and regParam, ALS's scores on the held-out data and how long the fit took. */
public record GridCell(int rank, double regParam, RankingScores scores, long fitMillis) {
}
