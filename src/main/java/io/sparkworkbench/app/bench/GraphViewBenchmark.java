package io.sparkworkbench.app.bench;

import io.sparkworkbench.ui.common.graph.ForceLayout;
import io.sparkworkbench.ui.common.graph.GraphData;
import io.sparkworkbench.ui.common.graph.GraphView;
import io.sparkworkbench.ui.common.graph.LayoutPositions;
import io.sparkworkbench.ui.common.graph.LayoutRunner;
import io.sparkworkbench.ui.common.scatter.FrameTiming;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The graph view's frame times while it pans continuously in a real 1200 x 800 window, and the force
 * layout's time to settle by itself. Seeded community graphs ({@link CommunityGraphs}): 5,000 nodes /
 * 25,000 edges and 20,000 / 100,000, each laid out first by {@link LayoutRunner} until it settles (the
 * 5,000-node run is {@code graph.layout.settle_ms}), then shown fitted and panned once per pulse for five
 * seconds after two of warm-up. Frame rates come from the pulse timestamps of the frames drawn; the draw
 * time is the view's drawing call on the JavaFX thread. The 20k graph is also panned with every edge
 * drawn (level of detail off) as a peer. Needs a display (or Monocle).
 */
public final class GraphViewBenchmark {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 800;
    private static final long PAN_NANOS = 5_000_000_000L;
    private static final long WARM_NANOS = 2_000_000_000L;

    public void run(Figures figures) throws Exception {
        GraphData small = CommunityGraphs.communities(5_000, 25_000, 12, 0.9, 42);
        LayoutPositions smallLayout = settle(figures, small, "5k", true);
        GraphData large = CommunityGraphs.communities(20_000, 100_000, 24, 0.9, 43);
        LayoutPositions largeLayout = settle(figures, large, "20k", false);
        if (!FxBench.startToolkit(figures, "graph view")) {
            return;
        }
        figures.note("JavaFX caps pulses at 60 per second, so 60 fps is the ceiling of the frame rates below;"
                + " rendering pipeline: " + FxBench.pipeline());
        Stage stage = FxBench.onFx(() -> {
            Stage s = new Stage();
            s.setTitle("Graph benchmark");
            s.setWidth(WIDTH);
            s.setHeight(HEIGHT);
            return s;
        });
        try {
            GraphView view = FxBench.onFx(() -> {
                GraphView v = new GraphView();
                stage.setScene(new Scene(v, WIDTH, HEIGHT));
                stage.show();
                return v;
            });
            print(figures, "5k", pan(view, small, smallLayout, true), small);
            print(figures, "20k", pan(view, large, largeLayout, true), large);
            FxBench.Frames all = pan(view, large, largeLayout, false);
            figures.print("graph.view.fps_20k_all_edges", FxBench.round1(all.fps()), "fps");
            figures.note("peer: the 20k graph panned with every one of its 100,000 edges drawn in every frame: "
                    + FxBench.round1(all.fps()) + " fps, p95 frame " + FxBench.round1(all.p95Ms()) + " ms, draw CPU median "
                    + FxBench.round1(all.drawCpuMedianMs()) + " ms");
        } finally {
            FxBench.onFx(() -> {
                stage.close();
                return null;
            });
        }
    }

    /** Runs the layout on its own thread until it stops by itself; prints its time and steps. */
    private static LayoutPositions settle(Figures figures, GraphData graph, String size, boolean figure)
            throws InterruptedException {
        long t0 = System.nanoTime();
        LayoutRunner runner = LayoutRunner.start(new ForceLayout(graph, ForceLayout.Settings.defaults(7)));
        if (!runner.awaitEnd(10, TimeUnit.MINUTES)) {
            runner.stop();
            runner.awaitEnd(1, TimeUnit.MINUTES);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        LayoutRunner.Snapshot last = runner.latest();
        if (figure) {
            figures.print("graph.layout.settle_ms", Math.round(ms), "ms");
            figures.print("graph.layout.settle_steps", last.step(), "steps");
        }
        figures.note(String.format(Locale.US, "layout of %s (%,d nodes, %,d edges): %s; %,d steps, %.0f ms wall (%s)",
                size, graph.nodeCount(), graph.edgeCount(), last.status(), last.step(), ms, last.state()));
        long[] ids = new long[graph.nodeCount()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = graph.id(i);
        }
        return new LayoutPositions(ids, last.x(), last.y());
    }

    private void print(Figures figures, String size, FxBench.Frames pan, GraphData graph) {
        figures.print("graph.view.fps_" + size, FxBench.round1(pan.fps()), "fps");
        figures.print("graph.view.frame_median_ms_" + size, FxBench.round1(pan.medianMs()), "ms");
        figures.print("graph.view.frame_p95_ms_" + size, FxBench.round1(pan.p95Ms()), "ms");
        figures.print("graph.view.draw_cpu_ms_" + size, FxBench.round1(pan.drawCpuMedianMs()), "ms");
        figures.note(String.format(Locale.US, "%s (%,d nodes, %,d edges): %d frames in %d s of panning; the drawing"
                        + " call's median wall time %.1f ms (CPU %.1f ms); while moving, graphs above %,d edges draw a"
                        + " sample of them and say so", size, graph.nodeCount(), graph.edgeCount(), pan.pulses().length,
                PAN_NANOS / 1_000_000_000, pan.drawWallMedianMs(), pan.drawCpuMedianMs(), 40_000));
    }

    /** Shows the graph at its settled layout and pans it once per pulse: two warm-up seconds, then five measured. */
    private static FxBench.Frames pan(GraphView view, GraphData graph, LayoutPositions layout, boolean levelOfDetail)
            throws Exception {
        List<FrameTiming> frames = new ArrayList<>();
        boolean[] measuring = {false};
        CompletableFuture<Void> done = new CompletableFuture<>();
        FxBench.onFx(() -> {
            view.setGraph(graph, layout);
            view.setLevelOfDetail(levelOfDetail);
            view.setNote(String.format(Locale.US, "Benchmark: %,d nodes, %,d edges", graph.nodeCount(), graph.edgeCount()));
            view.setOnFrameDrawn(f -> {
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
                    // A circle of ~115 px radius: the view keeps most of the graph in sight.
                    double angle = 2 * Math.PI * step++ / 120;
                    view.panBy(6 * Math.cos(angle), 6 * Math.sin(angle));
                }
            }.start();
            return null;
        });
        done.get(60, TimeUnit.SECONDS);
        return FxBench.onFx(() -> {
            view.setOnFrameDrawn(null);
            return new FxBench.Frames(frames.stream().mapToLong(FrameTiming::pulseNanos).toArray(),
                    frames.stream().mapToLong(FrameTiming::drawCpuNanos).toArray(),
                    frames.stream().mapToLong(FrameTiming::drawNanos).toArray(), PAN_NANOS);
        });
    }
}
