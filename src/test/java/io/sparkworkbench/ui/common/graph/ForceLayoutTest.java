package io.sparkworkbench.ui.common.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {

    private static final int K = 10;

    @Test
    void aSettledLayoutOfTwoCliquesJoinedByAnEdgePutsTheCliquesApart() {
        GraphData g = TestGraphs.twoCliques(K);
        ForceLayout layout = settle(g, 3);

        double[] a = centroid(layout, 0, K);
        double[] b = centroid(layout, K, 2 * K);
        double apart = Math.hypot(a[0] - b[0], a[1] - b[1]);
        double spreadA = meanDistance(layout, 0, K, a);
        double spreadB = meanDistance(layout, K, 2 * K, b);
        assertThat(layout.settled()).isTrue();
        // Each clique is tighter than the gap between them: every node nearer its own centre than the other's.
        assertThat(apart).isGreaterThan(2 * Math.max(spreadA, spreadB));
        for (int i = 0; i < 2 * K; i++) {
            double[] own = i < K ? a : b;
            double[] other = i < K ? b : a;
            assertThat(dist(layout, i, own)).as("node " + i).isLessThan(dist(layout, i, other));
        }
    }

    @Test
    void settlesByItselfWellWithinTheStepCap() {
        GraphData g = TestGraphs.ring(400, 3);
        ForceLayout layout = new ForceLayout(g, ForceLayout.Settings.defaults(5));
        ForceLayout.Step last = null;
        while (!layout.settled() && !layout.atStepCap()) {
            last = layout.step();
        }
        assertThat(layout.settled()).isTrue();
        assertThat(layout.steps()).isLessThan(layout.settings().stepCap() / 2);
        assertThat(last.meanMove()).isLessThan(layout.settings().tolerance() * ForceLayout.K);
    }

    @Test
    void stopsAtTheStepCapWhenItHasNotSettledAndSaysSo() throws InterruptedException {
        GraphData g = TestGraphs.ring(300, 2);
        ForceLayout.Settings capped = new ForceLayout.Settings(1, 5, 0.01, 1.2, 0.5);
        LayoutRunner runner = LayoutRunner.start(new ForceLayout(g, capped));

        assertThat(runner.awaitEnd(30, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.state()).isEqualTo(LayoutRunner.State.STEP_CAP);
        assertThat(runner.latest().step()).isEqualTo(5);
        assertThat(runner.status()).startsWith("Layout stopped at its cap of 5 steps without settling");
    }

    @Test
    void theSameSeedGivesTheSameLayoutAndAnotherSeedAnother() {
        GraphData g = TestGraphs.ring(200, 3);
        float[][] first = settle(g, 11).positions();
        float[][] again = settle(g, 11).positions();
        float[][] other = settle(g, 12).positions();

        assertThat(again[0]).containsExactly(first[0]);
        assertThat(again[1]).containsExactly(first[1]);
        assertThat(other[0]).isNotEqualTo(first[0]);
    }

    @Test
    void theRunnerSettlesByItselfAndSaysAfterHowManySteps() throws InterruptedException {
        LayoutRunner runner = LayoutRunner.start(new ForceLayout(TestGraphs.twoCliques(K), ForceLayout.Settings.defaults(3)));

        assertThat(runner.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.state()).isEqualTo(LayoutRunner.State.SETTLED);
        assertThat(runner.status()).matches("Layout settled after \\d+ steps, \\d+\\.\\d s");
        assertThat(runner.latest().state()).isEqualTo(LayoutRunner.State.SETTLED);
    }

    @Test
    void pauseHoldsTheStepsAndResumeAndStopAreHonoured() throws InterruptedException {
        // A cap far beyond reach and a tolerance it cannot meet: only Stop ends this run.
        ForceLayout.Settings endless = new ForceLayout.Settings(1, Integer.MAX_VALUE, 1e-12, 1.2, 0.5);
        LayoutRunner runner = LayoutRunner.start(new ForceLayout(TestGraphs.ring(200, 2), endless));
        waitForStep(runner, 3);

        runner.pause();
        waitForState(runner, LayoutRunner.State.PAUSED);
        int pausedAt = runner.latest().step();
        Thread.sleep(300);
        assertThat(runner.latest().step()).isEqualTo(pausedAt);
        assertThat(runner.status()).isEqualTo("Layout paused at step " + pausedAt);

        runner.resume();
        waitForStep(runner, pausedAt + 3);
        runner.stop();

        assertThat(runner.awaitEnd(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.isThreadAlive()).isFalse();
        assertThat(runner.state()).isEqualTo(LayoutRunner.State.STOPPED);
        assertThat(runner.status()).startsWith("Layout stopped after ");
    }

    @Test
    void aPinnedNodeStaysWhereItIsHeld() throws InterruptedException {
        ForceLayout.Settings endless = new ForceLayout.Settings(1, Integer.MAX_VALUE, 1e-12, 1.2, 0.5);
        LayoutRunner runner = LayoutRunner.start(new ForceLayout(TestGraphs.twoCliques(K), endless));
        runner.pin(4, 50, -20);
        int from = runner.latest().step();
        waitForStep(runner, from + 10);
        runner.stop();
        runner.awaitEnd(10, TimeUnit.SECONDS);

        assertThat(runner.latest().x()[4]).isEqualTo(50f);
        assertThat(runner.latest().y()[4]).isEqualTo(-20f);
    }

    private static ForceLayout settle(GraphData g, long seed) {
        ForceLayout layout = new ForceLayout(g, ForceLayout.Settings.defaults(seed));
        while (!layout.settled() && !layout.atStepCap()) {
            layout.step();
        }
        return layout;
    }

    private static void waitForStep(LayoutRunner runner, int step) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (runner.latest().step() < step && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(runner.latest().step()).isGreaterThanOrEqualTo(step);
    }

    private static void waitForState(LayoutRunner runner, LayoutRunner.State state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (runner.latest().state() != state && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(runner.latest().state()).isEqualTo(state);
    }

    private static double[] centroid(ForceLayout l, int from, int to) {
        double x = 0;
        double y = 0;
        for (int i = from; i < to; i++) {
            x += l.x(i);
            y += l.y(i);
        }
        return new double[]{x / (to - from), y / (to - from)};
    }

    private static double meanDistance(ForceLayout l, int from, int to, double[] c) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += dist(l, i, c);
        }
        return sum / (to - from);
    }

    private static double dist(ForceLayout l, int i, double[] c) {
        return Math.hypot(l.x(i) - c[0], l.y(i) - c[1]);
    }
}
