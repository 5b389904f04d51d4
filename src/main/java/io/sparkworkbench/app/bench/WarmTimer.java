package io.sparkworkbench.app.bench;

import java.util.List;

/**
 * Median wall times of several actions measured round by round (A, B, C, A, B, C, ...), so that load from
 * elsewhere on the machine falls on all of them alike instead of on whichever ran during it.
 */
final class WarmTimer {

    /** Something to time; warm-ups are the caller's, since a failed warm-up decides whether to time it at all. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private WarmTimer() {
    }

    /** The median milliseconds of each action over {@code runs} interleaved rounds, in the order given. */
    static double[] medians(int runs, List<Action> actions) throws Exception {
        double[][] ms = new double[actions.size()][runs];
        for (int round = 0; round < runs; round++) {
            for (int a = 0; a < actions.size(); a++) {
                long t0 = System.nanoTime();
                actions.get(a).run();
                ms[a][round] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double[] medians = new double[actions.size()];
        for (int a = 0; a < actions.size(); a++) {
            medians[a] = Figures.median(ms[a]);
        }
        return medians;
    }

    /** How much slower {@code measured} is than {@code baseline}, in percent (negative when faster). */
    static double overheadPct(double measured, double baseline) {
        return 100 * (measured - baseline) / baseline;
    }
}
