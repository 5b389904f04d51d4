package io.sparkworkbench.engine.pipeline;

import io.sparkworkbench.engine.datagen.GenerationRequest;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to run: generate the data set at {@code scale}/{@code seed} into {@code <out>/dataset} (or, with
 * {@code dataset}, use that existing data folder instead), and the few parameters of the analysis steps that a
 * re-run may change. The models' other settings are their forms' defaults (ADR 0039).
 *
 * @param k segments for K-Means
 * @param pageRankIterations PageRank's fixed iteration count
 * @param recommendations how many products {@code customer_recommendations} lists per customer
 * @param live the optional last step, the live stream; empty leaves it out
 */
public record PipelineRequest(double scale, long seed, Path out, Optional<Path> dataset, int k, int pageRankIterations,
                              int recommendations, Optional<LiveStepRequest> live) {

    public static final int DEFAULT_K = 5;
    public static final int DEFAULT_PAGERANK_ITERATIONS = 20;
    public static final int DEFAULT_RECOMMENDATIONS = 10;

    public PipelineRequest {
        Objects.requireNonNull(out, "out");
        out = out.toAbsolutePath().normalize();
        dataset = dataset == null ? Optional.empty() : dataset.map(p -> p.toAbsolutePath().normalize());
        live = live == null ? Optional.empty() : live;
        if (dataset.isEmpty() && !(scale >= GenerationRequest.MIN_SCALE && scale <= GenerationRequest.MAX_SCALE)) {
            throw new IllegalArgumentException("Scale must be between " + GenerationRequest.MIN_SCALE + " and "
                    + GenerationRequest.MAX_SCALE + ", not " + scale);
        }
        if (k < 2 || k > 50) {
            throw new IllegalArgumentException("k must be between 2 and 50, not " + k);
        }
        if (pageRankIterations < 1 || pageRankIterations > 200) {
            throw new IllegalArgumentException("PageRank iterations must be between 1 and 200, not " + pageRankIterations);
        }
        if (recommendations < 1 || recommendations > 100) {
            throw new IllegalArgumentException("Recommendations per customer must be between 1 and 100, not " + recommendations);
        }
    }

    /** Generate at {@code scale}/{@code seed} into {@code out}, the other settings at their defaults. */
    public static PipelineRequest generate(double scale, long seed, Path out) {
        return new PipelineRequest(scale, seed, out, Optional.empty(), DEFAULT_K, DEFAULT_PAGERANK_ITERATIONS, DEFAULT_RECOMMENDATIONS,
                Optional.empty());
    }

    /** Analyse the existing data folder {@code dataset}, writing the steps' outputs under {@code out}. */
    public static PipelineRequest existing(Path dataset, Path out) {
        return new PipelineRequest(0, 0, out, Optional.of(dataset), DEFAULT_K, DEFAULT_PAGERANK_ITERATIONS, DEFAULT_RECOMMENDATIONS,
                Optional.empty());
    }

    public PipelineRequest withK(int newK) {
        return new PipelineRequest(scale, seed, out, dataset, newK, pageRankIterations, recommendations, live);
    }

    /** The same run with the live stream as its last step. */
    public PipelineRequest withLive(LiveStepRequest liveStep) {
        return new PipelineRequest(scale, seed, out, dataset, k, pageRankIterations, recommendations, Optional.of(liveStep));
    }

    /** The steps this run has, in the order they start: every step, the live one only when asked for. */
    public List<PipelineStep> steps() {
        return Arrays.stream(PipelineStep.values()).filter(s -> s != PipelineStep.LIVE || live.isPresent()).toList();
    }

    /** The data set folder the steps read: the existing one, or {@code <out>/dataset}. */
    public Path datasetFolder() {
        return dataset.orElse(out.resolve("dataset"));
    }
}
