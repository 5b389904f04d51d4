package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.ml.DatasetKey;
import java.time.Instant;
import java.util.Optional;

/**
 * A trained (or reloaded) recommendation model's figures: its request, the evaluation against the baselines,
 * how many customers and products it has factors for, when it was trained, whether it came from disk, and why
 * it could not be saved if it could not.
 */
public record RecommendResult(DatasetKey key, RecommendRequest request, RecommendEvaluation evaluation, long customers,
                              long products, long fitMillis, Instant trainedAt, boolean reloaded, Optional<String> saveProblem) {
}
