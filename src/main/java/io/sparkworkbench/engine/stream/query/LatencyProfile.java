package io.sparkworkbench.engine.stream.query;

/**
 * How long one micro-batch's events waited, from being written ({@code emitted_ts}) to the batch's result being
 * in the snapshot: {@code atQuantileMs[i]} is the latency that a share {@code i / 20} of the batch's events did
 * not exceed ({@code [0]} the freshest event, {@code [20]} the oldest), from approximate percentiles Spark
 * computes over the batch's input ({@code percentile_approx}, observed per batch).
 */
public record LatencyProfile(long events, long[] atQuantileMs) {

    public static final int STEPS = 20;

    public long p50() {
        return atQuantileMs[STEPS / 2];
    }

    public long p95() {
        return atQuantileMs[STEPS * 95 / 100];
    }

    public long max() {
        return atQuantileMs[STEPS];
    }
}
