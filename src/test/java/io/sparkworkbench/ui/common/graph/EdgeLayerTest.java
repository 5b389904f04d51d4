package io.sparkworkbench.ui.common.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkworkbench.ui.common.scatter.IntRaster;
import io.sparkworkbench.ui.common.scatter.ScatterStyle;
import io.sparkworkbench.ui.common.scatter.ViewTransform;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EdgeLayerTest {

    private static final int W = 300;
    private static final int H = 200;

    @Test
    void panningThroughTheLayerShowsWhatDrawingEveryEdgeAgainShows() {
        GraphData data = TestGraphs.ring(400, 3);
        float[][] xy = scattered(data.nodeCount(), 11);
        ViewTransform view = new ViewTransform(-1, 1, -1, 1, 0, 0, W, H);
        EdgeLayer layer = new EdgeLayer();
        IntRaster screen = raster();
        layer.into(screen, 1).paintInto(frame(data, xy, view), W, H);
        // A walk of whole-pixel pans in every direction, including one wider than the view. (A fractional pan
        // keeps the layer's whole-pixel origin, so it would differ from a fresh drawing by design.)
        double[][] pans = {{7, 0}, {0, -5}, {-12, 4}, {3, 3}, {-1, 0}, {40, -33}, {-350, 10}, {1, 1}, {0, 0}};
        for (double[] pan : pans) {
            view = view.panByPixels(pan[0], pan[1]);
            GraphFrame frame = frame(data, xy, view);
            screen = raster();
            int drawn = layer.into(screen, 1).paintInto(frame, W, H);
            IntRaster fresh = raster();
            int freshDrawn = new EdgeLayer().into(fresh, 1).paintInto(frame, W, H);
            assertEquals(freshDrawn, drawn, "edges counted after pan " + pan[0] + "," + pan[1]);
            assertNearlySame(fresh, screen, "after pan " + pan[0] + "," + pan[1]);
        }
        assertEquals(7, layer.shifts(), "every pan but the wide one and the still one shifts the kept pixels");
        assertEquals(2, layer.fullRedraws(), "only the first frame and the pan wider than the view draw everything");
    }

    @Test
    void aZoomOrNewPositionsDrawEveryEdgeAgain() {
        GraphData data = TestGraphs.ring(50, 2);
        float[][] xy = scattered(data.nodeCount(), 3);
        ViewTransform view = new ViewTransform(-1, 1, -1, 1, 0, 0, W, H);
        EdgeLayer layer = new EdgeLayer();
        layer.into(raster(), 1).paintInto(frame(data, xy, view), W, H);
        layer.into(raster(), 1).paintInto(frame(data, xy, view.zoomAbout(100, 100, 1.5)), W, H);
        layer.into(raster(), 2).paintInto(frame(data, xy, view.zoomAbout(100, 100, 1.5)), W, H);
        assertEquals(3, layer.fullRedraws());
    }

    /** Pixels may differ where a strip meets the kept pixels (a line's steps start again there), nowhere else. */
    private static void assertNearlySame(IntRaster expected, IntRaster actual, String when) {
        int differing = 0;
        for (int i = 0; i < expected.pixels().length; i++) {
            if (expected.pixels()[i] != actual.pixels()[i]) {
                differing++;
            }
        }
        assertTrue(differing <= expected.pixels().length / 200, when + ": " + differing + " pixels differ");
    }

    private static IntRaster raster() {
        IntRaster r = new IntRaster();
        r.reset(0, 0, W, H, ScatterStyle.LIGHT.background());
        return r;
    }

    private static GraphFrame frame(GraphData data, float[][] xy, ViewTransform view) {
        return new GraphFrame(data, xy[0], xy[1], new float[data.nodeCount()], view, -1, null, -1, ScatterStyle.LIGHT,
                "", 1);
    }

    private static float[][] scattered(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] xy = new float[2][n];
        for (int i = 0; i < n; i++) {
            xy[0][i] = (float) random.nextDouble(-1, 1);
            xy[1][i] = (float) random.nextDouble(-1, 1);
        }
        return xy;
    }
}
