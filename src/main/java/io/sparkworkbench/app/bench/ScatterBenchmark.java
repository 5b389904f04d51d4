package io.sparkworkbench.app.bench;

import io.sparkworkbench.ui.common.scatter.FrameTiming;
import io.sparkworkbench.ui.common.scatter.PointDrawing;
import io.sparkworkbench.ui.common.scatter.ScatterData;
import io.sparkworkbench.ui.common.scatter.ScatterPlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Frame times of the scatterplot while it pans continuously, in a real 1200 x 800 window: 100,000 and
 * 200,000 points in five overlapping Gaussian clusters, one view change per pulse from an AnimationTimer
 * for about five seconds. Frame rates come from the pulse timestamps of the frames drawn; the draw time
 * is the plot's drawing call on the JavaFX thread (CPU time). Peers in the same window: the same plot
 * drawing one {@code fillRect} per point, and JFreeChart-FX (XYDotRenderer) panning the same points.
 * Also times rectangle and lasso selection of 100,000 points. Needs a display (or Monocle).
 */
final class ScatterBenchmark {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 800;
    private static final long PAN_NANOS = 5_000_000_000L;
    private static final long WARM_NANOS = 2_000_000_000L;
    private static final int SELECTION_RUNS = 9;

    void run(Figures figures) throws Exception {
        if (!FxBench.startToolkit(figures, "scatter")) {
            return;
        }
        figures.note("JavaFX caps pulses at 60 per second, so 60 fps is the ceiling of every frame rate below;"
                + " rendering pipeline: " + FxBench.pipeline());
        Stage stage = FxBench.onFx(() -> {
            Stage s = new Stage();
            s.setTitle("Scatter benchmark");
            s.setWidth(WIDTH);
            s.setHeight(HEIGHT);
            return s;
        });
        try {
            ScatterData small = clusters(100_000, 42);
            ScatterData large = clusters(200_000, 43);
            ScatterPlot plot = FxBench.onFx(() -> {
                ScatterPlot p = new ScatterPlot();
                stage.setScene(new Scene(p, WIDTH, HEIGHT));
                stage.show();
                return p;
            });
            FxBench.Frames fast100k = pan(plot, small, PointDrawing.RASTER);
            print(figures, "100k", fast100k);
            FxBench.Frames fast200k = pan(plot, large, PointDrawing.RASTER);
            print(figures, "200k", fast200k);
            FxBench.Frames peer = pan(plot, small, PointDrawing.FILL_RECT);
            figures.print("ml.scatter.fps_100k_fillrect", round1(peer.fps()), "fps");
            figures.note("peer in the same window: one GraphicsContext.fillRect per point, 100k points: "
                    + round1(peer.fps()) + " fps, p95 frame " + round1(peer.p95Ms()) + " ms, draw CPU median "
                    + round1(peer.drawCpuMedianMs()) + " ms");
            selection(figures, plot, small);
            FxBench.Frames jfree = panJFreeChart(stage, small);
            figures.print("ml.scatter.fps_100k_jfreechart_fx", round1(jfree.fps()), "fps");
            figures.note("peer: JFreeChart-FX ChartViewer, XYDotRenderer, the same 100k points panned once per"
                    + " pulse: " + round1(jfree.fps()) + " fps, p95 frame " + round1(jfree.p95Ms()) + " ms, redraw median"
                    + " (wall) " + round1(jfree.drawWallMedianMs()) + " ms");
        } finally {
            FxBench.onFx(() -> {
                stage.close();
                return null;
            });
        }
    }

    private void print(Figures figures, String size, FxBench.Frames pan) {
        figures.print("ml.scatter.fps_" + size, round1(pan.fps()), "fps");
        figures.print("ml.scatter.frame_median_ms_" + size, round1(pan.medianMs()), "ms");
        figures.print("ml.scatter.frame_p95_ms_" + size, round1(pan.p95Ms()), "ms");
        figures.print("ml.scatter.draw_cpu_ms_" + size, round1(pan.drawCpuMedianMs()), "ms");
        figures.note(size + ": " + pan.pulses().length + " frames in " + PAN_NANOS / 1_000_000_000 + " s of panning;"
                + " the drawing call's median wall time " + round1(pan.drawWallMedianMs()) + " ms (CPU "
                + round1(pan.drawCpuMedianMs()) + " ms): the rest of a frame is JavaFX rendering it");
    }

    /** Shows {@code data} and pans it once per pulse: two warm-up seconds (JIT, first textures), then five measured. */
    private FxBench.Frames pan(ScatterPlot plot, ScatterData data, PointDrawing drawing) throws Exception {
        List<FrameTiming> frames = new ArrayList<>();
        boolean[] measuring = {false};
        CompletableFuture<Void> done = new CompletableFuture<>();
        FxBench.onFx(() -> {
            plot.setPointDrawing(drawing);
            plot.setData(data);
            plot.setOnFrameDrawn(f -> {
                if (measuring[0]) {
                    frames.add(f);
                }
            });
            new AnimationTimer() {
                private long start = -1;
                private int step;

                @Override
                public void handle(long now) {
                    if (start < 0) {
                        start = now;
                    }
                    measuring[0] = now - start >= WARM_NANOS;
                    if (now - start >= WARM_NANOS + PAN_NANOS) {
                        stop();
                        measuring[0] = false;
                        done.complete(null);
                        return;
                    }
                    // A circle of ~115 px radius: the view keeps overlapping the clusters.
                    double angle = 2 * Math.PI * step++ / 120;
                    plot.panBy(6 * Math.cos(angle), 6 * Math.sin(angle));
                }
            }.start();
            return null;
        });
        done.get(60, TimeUnit.SECONDS);
        return FxBench.onFx(() -> {
            plot.setOnFrameDrawn(null);
            return new FxBench.Frames(frames.stream().mapToLong(FrameTiming::pulseNanos).toArray(),
                    frames.stream().mapToLong(FrameTiming::drawCpuNanos).toArray(),
                    frames.stream().mapToLong(FrameTiming::drawNanos).toArray(), PAN_NANOS);
        });
    }

    /** Rectangle and lasso selection of about half of 100,000 points, on the FX thread as a drag would. */
    private void selection(Figures figures, ScatterPlot plot, ScatterData data) throws Exception {
        FxBench.onFx(() -> {
            plot.setPointDrawing(PointDrawing.RASTER);
            plot.setData(data);
            return null;
        });
        ScatterData.Bounds b = data.bounds();
        double cx = (b.minX() + b.maxX()) / 2;
        double cy = (b.minY() + b.maxY()) / 2;
        double rx = (b.maxX() - b.minX()) / 3;
        double ry = (b.maxY() - b.minY()) / 3;
        int vertices = 200;
        double[] px = new double[vertices];
        double[] py = new double[vertices];
        for (int v = 0; v < vertices; v++) {
            // A wobbly outline, as a hand draws one: concave in places.
            double r = 1 + 0.15 * Math.sin(7 * 2 * Math.PI * v / vertices);
            px[v] = cx + rx * r * Math.cos(2 * Math.PI * v / vertices);
            py[v] = cy + ry * r * Math.sin(2 * Math.PI * v / vertices);
        }
        double[] rectMs = new double[SELECTION_RUNS];
        double[] lassoMs = new double[SELECTION_RUNS];
        double[] rectCpuMs = new double[SELECTION_RUNS];
        double[] lassoCpuMs = new double[SELECTION_RUNS];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int[] counts = new int[2];
        for (int run = 0; run < SELECTION_RUNS; run++) {
            int k = run;
            FxBench.onFx(() -> {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                plot.selectInRectangle(cx - rx, cy - ry, cx + rx, cy + ry);
                rectMs[k] = (System.nanoTime() - t0) / 1e6;
                rectCpuMs[k] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                counts[0] = plot.getSelection().size();
                long c1 = threads.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                plot.selectInPolygon(px, py);
                lassoMs[k] = (System.nanoTime() - t1) / 1e6;
                lassoCpuMs[k] = (threads.getCurrentThreadCpuTime() - c1) / 1e6;
                counts[1] = plot.getSelection().size();
                return null;
            });
        }
        double rect = FxBench.percentile(rectMs, 0.5);
        double lasso = FxBench.percentile(lassoMs, 0.5);
        figures.print("ml.scatter.select_100k_ms", round1(Math.max(rect, lasso)), "ms");
        figures.note("selection of 100k points (median of " + SELECTION_RUNS + "): rectangle " + round1(rect) + " ms for "
                + counts[0] + " points, lasso of " + vertices + " vertices " + round1(lasso) + " ms for " + counts[1]
                + " points; the figure is the slower (CPU time of the FX thread: rectangle "
                + round1(FxBench.percentile(rectCpuMs, 0.5)) + " ms, lasso " + round1(FxBench.percentile(lassoCpuMs, 0.5)) + " ms)");
        FxBench.onFx(() -> {
            plot.clearSelection();
            return null;
        });
    }

    /** The peer: JFreeChart-FX with its fastest point renderer, its axes' ranges moved once per pulse. */
    private FxBench.Frames panJFreeChart(Stage stage, ScatterData data) throws Exception {
        DefaultXYDataset dataset = new DefaultXYDataset();
        for (int g = 0; g < data.groupCount(); g++) {
            int group = g;
            int[] members = java.util.stream.IntStream.range(0, data.size()).filter(i -> data.group(i) == group).toArray();
            double[][] series = new double[2][members.length];
            for (int k = 0; k < members.length; k++) {
                series[0][k] = data.x(members[k]);
                series[1][k] = data.y(members[k]);
            }
            dataset.addSeries(data.groupName(g), series);
        }
        List<Long> pulses = new ArrayList<>();
        List<Long> draws = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        FxBench.onFx(() -> {
            XYDotRenderer renderer = new XYDotRenderer();
            renderer.setDotWidth(2);
            renderer.setDotHeight(2);
            XYPlot xy = new XYPlot(dataset, new NumberAxis("x"), new NumberAxis("y"), renderer);
            JFreeChart chart = new JFreeChart(xy);
            stage.setScene(new Scene(new ChartViewer(chart), WIDTH, HEIGHT));
            new AnimationTimer() {
                private long start = -1;
                private int step;

                @Override
                public void handle(long now) {
                    if (start < 0) {
                        start = now;
                    }
                    if (now - start >= WARM_NANOS + PAN_NANOS) {
                        stop();
                        done.complete(null);
                        return;
                    }
                    double angle = 2 * Math.PI * step++ / 120;
                    NumberAxis x = (NumberAxis) xy.getDomainAxis();
                    NumberAxis y = (NumberAxis) xy.getRangeAxis();
                    double dx = 0.01 * x.getRange().getLength() * Math.cos(angle);
                    double dy = 0.01 * y.getRange().getLength() * Math.sin(angle);
                    long t0 = System.nanoTime();
                    // ChartViewer's canvas redraws synchronously on the chart's change events.
                    xy.setNotify(false);
                    x.setRange(x.getLowerBound() + dx, x.getUpperBound() + dx);
                    y.setRange(y.getLowerBound() + dy, y.getUpperBound() + dy);
                    xy.setNotify(true);
                    if (now - start >= WARM_NANOS) {
                        pulses.add(now);
                        draws.add(System.nanoTime() - t0);
                    }
                }
            }.start();
            return null;
        });
        done.get(120, TimeUnit.SECONDS);
        long[] redraws = draws.stream().mapToLong(Long::longValue).toArray();
        return new FxBench.Frames(pulses.stream().mapToLong(Long::longValue).toArray(), redraws, redraws, PAN_NANOS);
    }

    /** Five overlapping Gaussian clusters of different sizes and spreads, like customer segments in PCA space. */
    static ScatterData clusters(int n, long seed) {
        Random random = new Random(seed);
        double[][] centres = {{-2, -1}, {1.5, 2}, {3, -1.5}, {0, 0.5}, {-3, 2.5}};
        double[] spread = {1.0, 0.8, 0.7, 1.3, 0.6};
        double[] weight = {0.3, 0.2, 0.15, 0.25, 0.1};
        String[] names = {"Champions", "Loyal", "At risk", "New", "Dormant"};
        float[] x = new float[n];
        float[] y = new float[n];
        int[] group = new int[n];
        long[] ids = new long[n];
        long[] sizes = new long[names.length];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int g = 0;
            for (double acc = weight[0]; u > acc && g < names.length - 1; acc += weight[++g]) {
                // walks to the cluster u falls in
            }
            group[i] = g;
            x[i] = (float) (centres[g][0] + random.nextGaussian() * spread[g]);
            y[i] = (float) (centres[g][1] + random.nextGaussian() * spread[g] * 0.8);
            ids[i] = 100_000L + i;
            sizes[g]++;
        }
        float[] cx = new float[names.length];
        float[] cy = new float[names.length];
        for (int g = 0; g < names.length; g++) {
            cx[g] = (float) centres[g][0];
            cy[g] = (float) centres[g][1];
        }
        return ScatterData.builder(x, y, group, ids).groups(names, sizes).centroids(cx, cy)
                .axisLabels("principal component 1", "principal component 2")
                .note(String.format(java.util.Locale.US, "Drawing all %,d points (benchmark data: 5 Gaussian clusters)", n))
                .build();
    }

    private static double round1(double value) {
        return FxBench.round1(value);
    }
}
