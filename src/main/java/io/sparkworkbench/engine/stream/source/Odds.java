package io.sparkworkbench.engine.stream.source;

/** Categorical draws from cumulative weights (a handful of choices: a linear scan beats a search). */
final class Odds {

    private Odds() {
    }

    static double[] cumulative(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] cumulative = new double[weights.length];
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i] / total;
            cumulative[i] = running;
        }
        cumulative[weights.length - 1] = 1.0;
        return cumulative;
    }

    static int draw(double[] cumulative, double uniform) {
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (uniform < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
