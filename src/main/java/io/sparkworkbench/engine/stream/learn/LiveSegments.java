package io.sparkworkbench.engine.stream.learn;

import java.util.List;

/**
 * The live segment mix and the online centres' drift, as the live tab draws them.
 *
 * @param names the segments' names, index = segment
 * @param windowStartMs the 10-second event-time windows, oldest first
 * @param events events per segment per window: {@code events[segment][window]}
 * @param anonymous anonymous events per window
 * @param unknownCustomers events per window whose customer id the open data set does not hold
 * @param model which segmentation scores the events, in words ("the segmentation saved in …" or that one was
 *     fitted on the spot because none is saved); empty before the query first started
 * @param fittedOnTheSpot no segmentation was saved for the data set: the live query fitted the default one
 * @param drift the online centres' distance from the batch model's centres, per batch
 * @param currentDrift each centre's distance from its batch model centre now
 * @param decay the online K-Means decay factor
 */
public record LiveSegments(List<String> names, long[] windowStartMs, long[][] events, long[] anonymous, long[] unknownCustomers,
        long windowMs, String model, boolean fittedOnTheSpot, long lastBatchId, List<Drift> drift, double[] currentDrift,
        double decay) {

    /** One batch's drift of every centre (a reset shows as a point with every drift 0). */
    public record Drift(long batchId, long timeMs, double[] perCentre) {
    }

    /** Nothing yet: the query has not started, so the model is not known. */
    static LiveSegments empty(long windowMs) {
        return new LiveSegments(List.of(), new long[0], new long[0][], new long[0], new long[0], windowMs, "", false, -1, List.of(),
                new double[0], Double.NaN);
    }

    /** Events of known customers in the newest window, per segment (zeros when there is no window). */
    public long[] latest() {
        long[] out = new long[names.size()];
        int last = windowStartMs.length - 1;
        for (int s = 0; last >= 0 && s < out.length; s++) {
            out[s] = events[s][last];
        }
        return out;
    }

    public long totalEvents() {
        long total = 0;
        for (long[] perWindow : events) {
            for (long n : perWindow) {
                total += n;
            }
        }
        for (int w = 0; w < windowStartMs.length; w++) {
            total += anonymous[w] + unknownCustomers[w];
        }
        return total;
    }
}
