package io.sparkworkbench.engine.ml.segment;

import io.sparkworkbench.engine.datagen.CustomerSegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Sizes, per-segment means and (for a generated data set) the confusion table against the planted segments,
 * folded from groups of customers: the groups of one Spark aggregate (by segment and planted segment), or single
 * customers as the plot's one collect brings them. A mean is a sum over a count of non-null values, as {@code avg}
 * computes it; folded in the rows' order, the sums are the ones Spark's aggregate adds up in one partition.
 */
final class ProfileFold {

    /** What the profile table, the overall means and the planted panel show. */
    record ProfileTable(long customers, double[] overall, List<SegmentProfile> rows, Optional<PlantedAgreement> planted) {
    }

    private final int k;
    private final int columns;
    private final boolean generated;
    private final long[][] confusion;
    private final long[] sizes;
    private final double[][] sums;
    private final long[][] present;

    ProfileFold(int k, int columns, boolean generated) {
        this.k = k;
        this.columns = columns;
        this.generated = generated;
        this.confusion = new long[k][CustomerSegment.values().length];
        this.sizes = new long[k];
        this.sums = new double[k][columns];
        this.present = new long[k][columns];
    }

    /** One customer: its segment, planted segment (negative when none), and each column's value unless null. */
    void addCustomer(int segment, int planted, double[] values, boolean[] nulls) {
        sizes[segment]++;
        if (planted >= 0) {
            confusion[segment][planted]++;
        }
        for (int c = 0; c < columns; c++) {
            if (!nulls[c]) {
                sums[segment][c] += values[c];
                present[segment][c]++;
            }
        }
    }

    /** A group of {@code n} customers: per column the sum of its non-null values (null when none) and their count. */
    void addGroup(int segment, int planted, long n, Double[] columnSums, long[] nonNull) {
        sizes[segment] += n;
        if (planted >= 0) {
            confusion[segment][planted] += n;
        }
        for (int c = 0; c < columns; c++) {
            if (columnSums[c] != null) {
                sums[segment][c] += columnSums[c];
            }
            present[segment][c] += nonNull[c];
        }
    }

    ProfileTable table() {
        long total = 0;
        double[] overall = new double[columns];
        double[][] means = new double[k][columns];
        for (int s = 0; s < k; s++) {
            total += sizes[s];
            for (int c = 0; c < columns; c++) {
                // An empty segment profiles as zeros (as before); a column null throughout a segment as NaN.
                means[s][c] = sizes[s] == 0 ? 0 : present[s][c] == 0 ? Double.NaN : sums[s][c] / present[s][c];
                if (sizes[s] > 0) {
                    overall[c] += means[s][c] * sizes[s];
                }
            }
        }
        for (int c = 0; c < overall.length; c++) {
            overall[c] = total == 0 ? Double.NaN : overall[c] / total;
        }
        List<SegmentProfile> profiles = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            profiles.add(new SegmentProfile(s, sizes[s], total == 0 ? 0 : (double) sizes[s] / total, means[s], ""));
        }
        Optional<PlantedAgreement> agreement = generated
                ? Optional.of(new PlantedAgreement(AdjustedRand.of(confusion),
                        Arrays.stream(CustomerSegment.values()).map(CustomerSegment::label).toList(), confusion))
                : Optional.empty();
        return new ProfileTable(total, overall, profiles, agreement);
    }
}
