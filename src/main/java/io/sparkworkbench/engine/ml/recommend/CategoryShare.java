package io.sparkworkbench.engine.ml.recommend;

/** One category's share (0..1) of purchased lines and of recommended items, for the category-mix chart. */
public record CategoryShare(String category, double historyShare, double recommendedShare) {
}
