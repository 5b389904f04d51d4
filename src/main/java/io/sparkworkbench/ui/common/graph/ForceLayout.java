package io.sparkworkbench.ui.common.graph;

import java.util.SplittableRandom;

/**
 * A force-directed layout computed step by step: the spring-electrical model with Yifan Hu's adaptive
 * step length (Hu 2005, "Efficient and high quality force-directed graph drawing", as in Graphviz' sfdp),
 * Barnes–Hut repulsion, and a pull towards the centre growing with the square of the distance so
 * separate components stay in view. Each
 * step moves every free node by the current step length along its net force; the step grows while the
 * energy keeps falling and shrinks when it does not, so the layout cools by itself. It has
 * <em>settled</em> when the mean move stayed below {@code tolerance} edge lengths for a few steps, and
 * stops anyway at the step cap. Deterministic for a seed (one thread, fixed order, seeded start).
 * Plain Java, no JavaFX: {@link LayoutRunner} drives it on its own thread. See ADR 0026.
 */
public final class ForceLayout {

    /** Natural edge length, in layout units. */
    static final double K = 1;
    /** Repulsion strength relative to attraction (Hu's C). */
    private static final double C = 0.2;
    /** Step-length factor on a step whose energy did not fall (Hu's t). */
    private static final double COOL = 0.9;
    /** Steps in a row with lower energy before the step length grows again. */
    private static final int PROGRESS_STEPS = 5;
    /** Steps in a row below the tolerance that count as settled. */
    static final int CALM_STEPS = 3;

    /**
     * @param seed      the start positions' seed
     * @param stepCap   the most steps a run takes, settled or not
     * @param tolerance the mean move per step, in edge lengths, under which the layout is settled
     * @param theta     the Barnes–Hut opening criterion (cell side over distance); larger is faster, coarser
     * @param gravity   the pull towards the centre, relative to the other forces
     */
    public record Settings(long seed, int stepCap, double tolerance, double theta, double gravity) {
        public Settings {
            if (stepCap < 1) {
                throw new IllegalArgumentException("the step cap must be at least 1, got " + stepCap);
            }
            if (!(tolerance > 0) || !(theta > 0) || !(gravity >= 0)) {
                throw new IllegalArgumentException("tolerance and theta must be > 0 and gravity ≥ 0, got "
                        + tolerance + ", " + theta + ", " + gravity);
            }
        }

        public static Settings defaults(long seed) {
            return new Settings(seed, 3_000, 0.01, 1.2, 0.5);
        }
    }

    /** What one step did: its number (from 1), the mean move of the free nodes, the step length after it. */
    public record Step(int number, double meanMove, double stepLength) {
    }

    private final GraphData data;
    private final Settings settings;
    private final int n;
    private final double[] x;
    private final double[] y;
    private final boolean[] pinned;
    private final double[] weightFactor;
    private final BarnesHutTree tree = new BarnesHutTree();
    private final double[] force = new double[2];
    private double stepLength;
    private double energy = Double.POSITIVE_INFINITY;
    private int progress;
    private int steps;
    private int calm;

    /** Starts from seeded random positions in a square whose area gives each node about one edge length squared. */
    public ForceLayout(GraphData data, Settings settings) {
        this(data, settings, null, null);
    }

    /**
     * Starts from the given positions (e.g. a saved layout); a NaN coordinate marks a node without one,
     * which starts next to a placed neighbour, or at a seeded random place when it has none.
     */
    public ForceLayout(GraphData data, Settings settings, float[] startX, float[] startY) {
        this.data = data;
        this.settings = settings;
        this.n = data.nodeCount();
        this.x = new double[n];
        this.y = new double[n];
        this.pinned = new boolean[n];
        this.weightFactor = weightFactors(data);
        SplittableRandom random = new SplittableRandom(settings.seed());
        double side = K * Math.sqrt(Math.max(1, n));
        boolean[] placed = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * side;
            y[i] = random.nextDouble() * side;
            if (startX != null && Float.isFinite(startX[i]) && Float.isFinite(startY[i])) {
                x[i] = startX[i];
                y[i] = startY[i];
                placed[i] = true;
            }
        }
        if (startX != null) {
            placeNextToNeighbours(placed, random);
        }
        boolean resumed = startX != null && n > 0 && allPlaced(placed);
        // A saved layout is nearly settled: start small, or it would be shaken apart again.
        stepLength = resumed ? K * settings.tolerance() * 2 : Math.max(K, side / 10);
    }

    private static boolean allPlaced(boolean[] placed) {
        for (boolean p : placed) {
            if (!p) {
                return false;
            }
        }
        return true;
    }

    private void placeNextToNeighbours(boolean[] placed, SplittableRandom random) {
        for (int i = 0; i < n; i++) {
            if (placed[i]) {
                continue;
            }
            for (int k = data.neighbourStart[i]; k < data.neighbourStart[i + 1]; k++) {
                int j = data.neighbours[k];
                if (placed[j]) {
                    x[i] = x[j] + (random.nextDouble() - 0.5) * K;
                    y[i] = y[j] + (random.nextDouble() - 0.5) * K;
                    break;
                }
            }
        }
    }

    /** Edge weights scale the springs, relative to the mean weight and bounded, so one heavy edge cannot fold the layout. */
    private static double[] weightFactors(GraphData data) {
        int m = data.edgeCount();
        double[] factor = new double[m];
        double mean = 0;
        for (int e = 0; e < m; e++) {
            mean += data.weight(e);
        }
        mean = m == 0 ? 1 : mean / m;
        for (int e = 0; e < m; e++) {
            factor[e] = mean > 0 ? Math.max(0.1, Math.min(10, data.weight(e) / mean)) : 1;
        }
        return factor;
    }

    /** Takes one step; call from one thread only. */
    public Step step() {
        tree.build(x, y, n);
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            cx += x[i];
            cy += y[i];
        }
        cx /= Math.max(1, n);
        cy /= Math.max(1, n);
        double repulsion = C * K * K;
        double gravity = settings.gravity() * C;
        double newEnergy = 0;
        double moved = 0;
        int free = 0;
        for (int i = 0; i < n; i++) {
            if (pinned[i]) {
                continue;
            }
            force[0] = 0;
            force[1] = 0;
            tree.repulsion(i, x[i], y[i], settings.theta(), repulsion, force);
            double fx = force[0];
            double fy = force[1];
            for (int k = data.neighbourStart[i]; k < data.neighbourStart[i + 1]; k++) {
                int j = data.neighbours[k];
                double dx = x[j] - x[i];
                double dy = y[j] - y[i];
                double d = Math.sqrt(dx * dx + dy * dy);
                double f = d / K * weightFactor[data.neighbourEdges[k]];
                fx += dx * f;
                fy += dy * f;
            }
            // Gravity grows with the square of the distance: it hardly touches the core but holds isolated
            // nodes and small components at about K (n / gravity)^(1/3) instead of letting 1/d repulsion
            // push them off to where the fitted view shrinks the graph to a dot.
            double gx = x[i] - cx;
            double gy = y[i] - cy;
            double gd = Math.sqrt(gx * gx + gy * gy) / K;
            fx -= gravity * gd * gx;
            fy -= gravity * gd * gy;
            double norm = Math.sqrt(fx * fx + fy * fy);
            free++;
            if (norm > 0) {
                x[i] += stepLength * fx / norm;
                y[i] += stepLength * fy / norm;
                moved += stepLength;
            }
            newEnergy += norm * norm;
        }
        double meanMove = free == 0 ? 0 : moved / free;
        adaptStepLength(newEnergy);
        steps++;
        calm = meanMove < settings.tolerance() * K ? calm + 1 : 0;
        return new Step(steps, meanMove, stepLength);
    }

    private void adaptStepLength(double newEnergy) {
        if (newEnergy < energy) {
            if (++progress >= PROGRESS_STEPS) {
                progress = 0;
                stepLength /= COOL;
            }
        } else {
            progress = 0;
            stepLength *= COOL;
        }
        energy = newEnergy;
    }

    public boolean settled() {
        return calm >= CALM_STEPS;
    }

    public boolean atStepCap() {
        return steps >= settings.stepCap();
    }

    public int steps() {
        return steps;
    }

    public Settings settings() {
        return settings;
    }

    public int nodeCount() {
        return n;
    }

    /** Holds node i at (px, py) until {@link #unpin}: a node the user is dragging. */
    public void pin(int i, double px, double py) {
        pinned[i] = true;
        x[i] = px;
        y[i] = py;
    }

    public void unpin(int i) {
        pinned[i] = false;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** The positions as new float arrays (x then y). */
    public float[][] positions() {
        float[] fx = new float[n];
        float[] fy = new float[n];
        for (int i = 0; i < n; i++) {
            fx[i] = (float) x[i];
            fy[i] = (float) y[i];
        }
        return new float[][]{fx, fy};
    }
}
