package io.sparkworkbench.engine.ml.recommend;

import java.util.OptionalDouble;

/**
 * One recommender's quality on the held-out ratings, averaged over the evaluated customers: precision@k,
 * recall@k, MAP@k and NDCG@k (binary relevance: a held-out item is relevant); catalogue coverage (share of all
 * products that appear in any top-k list); novelty (mean self-information −log2 of an item's popularity share
 * in the training data); RMSE only for explicit ratings.
 */
public record RankingScores(double precision, double recall, double map, double ndcg, double coverage, double novelty,
                            OptionalDouble rmse) {
}
