package io.sparkworkbench.engine.ml.recommend;

/** A model ready to browse: its figures and the recommender serving from factors held in memory. */
public record RecommendModel(RecommendResult result, Recommender recommender) {
}
