package io.sparkworkbench.engine.ml.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names segments from their profiles the way a CRM analyst would read an RFM table: each candidate name
 * scores a segment by how far its means sit from the overall means (log ratios, so "twice as often" weighs
 * the same for every feature), and names are handed out greedily, best fit first, each at most once.
 * A feature the data set lacks simply does not contribute.
 */
public final class SegmentNamer {

    private enum Candidate {
        CHAMPIONS("Champions") {
            double score(Ratios r) {
                return r.log("frequency") + r.log("monetary") - r.log("recency_days");
            }
        },
        LOYAL("Loyal") {
            double score(Ratios r) {
                return 0.6 * r.log("frequency") - 0.8 * r.log("recency_days") + 0.5 * r.log("tenure_days");
            }
        },
        BARGAIN_HUNTERS("Bargain hunters") {
            double score(Ratios r) {
                return 1.2 * r.log("discount_share") - 0.5 * r.log("avg_order_value");
            }
        },
        NEW("New") {
            double score(Ratios r) {
                return -1.2 * r.log("tenure_days") - 0.3 * r.log("recency_days");
            }
        },
        AT_RISK("At risk") {
            double score(Ratios r) {
                return 0.8 * r.log("recency_days") + 0.5 * r.log("monetary");
            }
        },
        DORMANT("Dormant") {
            double score(Ratios r) {
                return r.log("recency_days") - 0.5 * r.log("frequency");
            }
        };

        private final String label;

        Candidate(String label) {
            this.label = label;
        }

        abstract double score(Ratios ratios);
    }

    /** A segment's means over the overall means, by column. */
    private record Ratios(List<String> columns, double[] means, double[] overall) {
        double log(String column) {
            int i = columns.indexOf(column);
            if (i < 0 || !(overall[i] > 0) || !(means[i] >= 0)) {
                return 0;
            }
            // The floor keeps a segment with no discounts at all from scoring minus infinity.
            return Math.log(Math.max(means[i], overall[i] * 0.05) / overall[i]);
        }
    }

    private SegmentNamer() {
    }

    /** Names for the segments in order of {@code profiles}; every name distinct. */
    public static List<String> names(List<String> columns, double[] overall, List<SegmentProfile> profiles) {
        int n = profiles.size();
        Candidate[] candidates = Candidate.values();
        double[][] score = new double[n][candidates.length];
        for (int s = 0; s < n; s++) {
            Ratios ratios = new Ratios(columns, profiles.get(s).means(), overall);
            for (int c = 0; c < candidates.length; c++) {
                score[s][c] = candidates[c].score(ratios);
            }
        }
        String[] names = new String[n];
        Set<Integer> usedCandidates = new HashSet<>();
        for (int round = 0; round < Math.min(n, candidates.length); round++) {
            int bestS = -1;
            int bestC = -1;
            for (int s = 0; s < n; s++) {
                for (int c = 0; c < candidates.length; c++) {
                    if (names[s] == null && !usedCandidates.contains(c) && score[s][c] > 0.15
                            && (bestS < 0 || score[s][c] > score[bestS][bestC])) {
                        bestS = s;
                        bestC = c;
                    }
                }
            }
            if (bestS < 0) {
                break;
            }
            names[bestS] = candidates[bestC].label;
            usedCandidates.add(bestC);
        }
        List<String> out = new ArrayList<>();
        int occasional = 0;
        for (String name : names) {
            out.add(name != null ? name : (++occasional == 1 ? "Occasional" : "Occasional " + occasional));
        }
        return out;
    }
}
