package io.sparkworkbench.ui.common.scatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PointGridTest {

    private static final IntPredicate ALL = i -> true;

    @Test
    void rectanglesSelectWhatABruteForceScanSelects() {
        Random random = new Random(7);
        ScatterData data = randomData(random, 20_000);
        for (int trial = 0; trial < 200; trial++) {
            double x0 = random.nextGaussian() * 3;
            double y0 = random.nextGaussian() * 3;
            double x1 = x0 + random.nextDouble() * 6 - 3;
            double y1 = y0 + random.nextDouble() * 6 - 3;
            IntPredicate even = i -> data.group(i) != 1;

            assertThat(data.grid().inRectangle(x0, y0, x1, y1, even)).isEqualTo(bruteRectangle(data, x0, y0, x1, y1, even));
        }
    }

    @Test
    void rectangleEdgesAreIncludedAndAnEmptyRectangleSelectsNothing() {
        // Points on an integer lattice, so rectangle edges pass exactly through points.
        int side = 30;
        float[] x = new float[side * side];
        float[] y = new float[side * side];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % side;
            y[i] = i / side;
        }
        ScatterData data = lattice(x, y);

        assertThat(data.grid().inRectangle(2, 3, 4, 5, ALL)).hasSize(9).isEqualTo(bruteRectangle(data, 2, 3, 4, 5, ALL));
        assertThat(data.grid().inRectangle(4, 5, 2, 3, ALL)).hasSize(9);
        assertThat(data.grid().inRectangle(0, 0, side - 1, side - 1, ALL)).hasSize(side * side);
        assertThat(data.grid().inRectangle(2.2, 3.2, 2.8, 3.8, ALL)).isEmpty();
        assertThat(data.grid().inRectangle(100, 100, 200, 200, ALL)).isEmpty();
        assertThat(data.grid().inRectangle(7, 7, 7, 7, ALL)).containsExactly(7 * side + 7);
    }

    @Test
    void polygonsSelectWhatABruteForceScanSelects() {
        Random random = new Random(11);
        ScatterData data = randomData(random, 20_000);
        for (int trial = 0; trial < 150; trial++) {
            int vertices = 3 + random.nextInt(40);
            double cx = random.nextGaussian() * 2;
            double cy = random.nextGaussian() * 2;
            double[] px = new double[vertices];
            double[] py = new double[vertices];
            for (int v = 0; v < vertices; v++) {
                // Random radii make concave outlines; a random order makes self-intersecting ones.
                double angle = trial % 3 == 0 ? random.nextDouble() * 2 * Math.PI : 2 * Math.PI * v / vertices;
                double radius = 0.2 + random.nextDouble() * 4;
                px[v] = cx + radius * Math.cos(angle);
                py[v] = cy + radius * Math.sin(angle);
            }
            IntPredicate shown = i -> data.group(i) != 2;

            assertThat(data.grid().inPolygon(px, py, shown)).isEqualTo(brutePolygon(data, px, py, shown));
        }
    }

    @Test
    void polygonsOnTheLatticeAndBeyondTheDataAgreeWithTheScan() {
        int side = 40;
        float[] x = new float[side * side];
        float[] y = new float[side * side];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % side;
            y[i] = i / side;
        }
        ScatterData data = lattice(x, y);
        double[][] outlines = {
            {0, 0, 10, 0, 10, 10, 0, 10},                 // a square through lattice points
            {-50, -50, 500, -50, -50, 500},               // a triangle far larger than the data
            {5, 5, 30, 8, 12, 12, 30, 30, 5, 25},         // concave
            {100, 100, 120, 100, 110, 130},               // outside the data: nothing
            {3, 3, 9, 9},                                  // two vertices: nothing
        };
        for (double[] outline : outlines) {
            double[] px = IntStream.range(0, outline.length / 2).mapToDouble(k -> outline[2 * k]).toArray();
            double[] py = IntStream.range(0, outline.length / 2).mapToDouble(k -> outline[2 * k + 1]).toArray();

            assertThat(data.grid().inPolygon(px, py, ALL)).isEqualTo(px.length < 3 ? new int[0]
                    : brutePolygon(data, px, py, ALL));
        }
        assertThat(data.grid().inPolygon(new double[]{-50, 500, -50}, new double[]{-50, -50, 500}, ALL))
                .hasSize(side * side);
    }

    @Test
    void nearestFindsTheClosestShownPointOnScreenWithinTheRadius() {
        Random random = new Random(3);
        ScatterData data = randomData(random, 5_000);
        double pxPerX = 80;
        double pxPerY = 40;
        for (int trial = 0; trial < 300; trial++) {
            double qx = random.nextGaussian() * 3;
            double qy = random.nextGaussian() * 3;
            IntPredicate shown = i -> data.group(i) != 0;

            int expected = -1;
            double best = 6 * 6;
            for (int i = 0; i < data.size(); i++) {
                double dx = (data.x(i) - qx) * pxPerX;
                double dy = (data.y(i) - qy) * pxPerY;
                double d = dx * dx + dy * dy;
                if (shown.test(i) && (d < best || (d == best && i > expected))) {
                    best = d;
                    expected = i;
                }
            }

            assertThat(data.grid().nearest(qx, qy, pxPerX, pxPerY, 6, shown)).isEqualTo(expected);
        }
    }

    @Test
    void emptyDataAnswersEveryQueryWithNothing() {
        ScatterData empty = ScatterData.empty();

        assertThat(empty.grid().inRectangle(-1, -1, 1, 1, ALL)).isEmpty();
        assertThat(empty.grid().inPolygon(new double[]{0, 1, 0}, new double[]{0, 0, 1}, ALL)).isEmpty();
        assertThat(empty.grid().nearest(0, 0, 1, 1, 5, ALL)).isEqualTo(-1);
    }

    @Test
    void cellsHoldAFewPointsEach() {
        ScatterData data = randomData(new Random(1), 100_000);

        assertThat(data.grid().cellCount()).isBetween(100_000 / 8, 100_000 / 2);
    }

    static ScatterData randomData(Random random, int n) {
        float[] x = new float[n];
        float[] y = new float[n];
        int[] group = new int[n];
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            group[i] = random.nextInt(3);
            x[i] = (float) (random.nextGaussian() * (1 + group[i]) + group[i]);
            y[i] = (float) (random.nextGaussian() * 2 - group[i]);
            ids[i] = 1000 + i;
        }
        return ScatterData.builder(x, y, group, ids).groupsCountingPoints("a", "b", "c").build();
    }

    private static ScatterData lattice(float[] x, float[] y) {
        return ScatterData.builder(x, y, new int[x.length], IntStream.range(0, x.length).asLongStream().toArray())
                .groupsCountingPoints("all").build();
    }

    private static int[] bruteRectangle(ScatterData d, double x0, double y0, double x1, double y1, IntPredicate include) {
        return IntStream.range(0, d.size()).filter(i -> d.x(i) >= Math.min(x0, x1) && d.x(i) <= Math.max(x0, x1)
                && d.y(i) >= Math.min(y0, y1) && d.y(i) <= Math.max(y0, y1) && include.test(i)).toArray();
    }

    private static int[] brutePolygon(ScatterData d, double[] px, double[] py, IntPredicate include) {
        return IntStream.range(0, d.size())
                .filter(i -> PointGrid.polygonContains(px, py, px.length, d.x(i), d.y(i)) && include.test(i)).toArray();
    }
}
