package io.sparkworkbench.engine.ml.recommend;

import org.apache.spark.ml.recommendation.ALSModel;

/**
 * Engine-internal hand-over from training to serving: the fitted (or reloaded) ALS model and its figures.
 * ALS's user and item columns are {@code customer_id} and {@code product_id} (ints, as ALS requires).
 */
record TrainedAls(ALSModel model, RecommendResult result) {
}
