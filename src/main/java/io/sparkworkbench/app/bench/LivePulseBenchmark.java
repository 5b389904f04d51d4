package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.query.LiveStreamConfig;
import io.sparkworkbench.engine.stream.session.LiveSession;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.engine.stream.session.LiveSourceChoice;
import io.sparkworkbench.ui.live.LiveBackend;
import io.sparkworkbench.ui.live.LiveTab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * {@code streaming.fx_pulse_gap_p99_ms}: how responsive the window stays while the Live tab shows its charts over the
 * simulator at 10,000 events/s with every live query running (1 s trigger). The gaps between consecutive JavaFX pulses
 * (an AnimationTimer keeps them coming at up to 60 a second) are recorded after the first batch has been drawn and a
 * warm-up; a gap far above 16.7 ms is a frame the window could not draw. Needs a display or Monocle, and the data set
 * the simulator draws products and customers from.
 */
final class LivePulseBenchmark {

    static final int RATE = 10_000;
    private static final long WIDTH = 1280;
    private static final long HEIGHT = 820;
    private static final String SCOPE = "bench-fx";

    private final SparkEngine engine;
    private final Path datasetFolder;
    private final boolean quick;

    /** @param datasetFolder an open data set (its products and customers are registered as views) */
    LivePulseBenchmark(SparkEngine engine, Path datasetFolder, boolean quick) {
        this.engine = engine;
        this.datasetFolder = datasetFolder;
        this.quick = quick;
    }

    void run(Figures figures) throws Exception {
        if (!FxBench.startToolkit(figures, "live tab pulse")) {
            return;
        }
        LiveSession session = new LiveSession(engine, LiveStreamConfig.defaults().withSessionGap(Duration.ofSeconds(30)).withScope(SCOPE),
                System::currentTimeMillis);
        session.datasetOpened(datasetFolder);
        LiveTab tab = new LiveTab(LiveBackend.of(session), session::close);
        Stage stage = FxBench.onFx(() -> {
            Stage s = new Stage();
            s.setTitle("Live tab benchmark");
            s.setScene(new Scene((Parent) tab.content(), WIDTH, HEIGHT));
            s.show();
            return s;
        });
        try {
            session.start(LiveSourceChoice.Simulator.at(RATE)).future().get(3, TimeUnit.MINUTES);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (batches(session.snapshot()) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            if (batches(session.snapshot()) < 2) {
                figures.note("streaming.fx_pulse_gap_p99_ms not measured: the live queries folded no second batch within 3 minutes");
                return;
            }
            long firstBatch = batches(session.snapshot());
            double[] gaps = pulseGaps(Duration.ofSeconds(5), Duration.ofSeconds(quick ? 15 : 30));
            long drawnBatches = batches(session.snapshot()) - firstBatch;
            figures.print("streaming.fx_pulse_gap_p99_ms", FxBench.round1(FxBench.percentile(gaps, 0.99)), "ms");
            figures.print("streaming.fx_pulse_gap_p50_ms", FxBench.round1(FxBench.percentile(gaps, 0.5)), "ms");
            figures.print("streaming.fx_pulse_gap_max_ms", FxBench.round1(FxBench.percentile(gaps, 1.0)), "ms");
            figures.note(String.format(java.util.Locale.ROOT, "live tab pulses: %d gaps measured while the event counts folded %d batches at"
                    + " %,d events/s (simulator: %s); rendering pipeline %s", gaps.length, drawnBatches, RATE,
                    session.snapshot().source().description(), FxBench.pipeline()));
        } finally {
            FxBench.onFx(() -> {
                stage.close();
                return null;
            });
            tab.close();
            LiveBenchFolders.forget(engine.settings().dataFolder(), SCOPE);
        }
    }

    private static long batches(LiveSnapshot s) {
        return s.eventCounts() == null ? -1 : s.eventCounts().lastBatchId();
    }

    /** Milliseconds between consecutive pulses over {@code measured}, after {@code warmup}. */
    private static double[] pulseGaps(Duration warmup, Duration measured) throws Exception {
        List<Long> pulses = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        FxBench.onFx(() -> {
            new AnimationTimer() {
                private long start = -1;

                @Override
                public void handle(long now) {
                    if (start < 0) {
                        start = now;
                    }
                    if (now - start >= warmup.toNanos()) {
                        pulses.add(now);
                    }
                    if (now - start >= warmup.plus(measured).toNanos()) {
                        stop();
                        done.complete(null);
                    }
                }
            }.start();
            return null;
        });
        done.get(measured.plus(warmup).toSeconds() + 60, TimeUnit.SECONDS);
        return FxBench.onFx(() -> {
            double[] gaps = new double[Math.max(0, pulses.size() - 1)];
            for (int i = 1; i < pulses.size(); i++) {
                gaps[i - 1] = (pulses.get(i) - pulses.get(i - 1)) / 1e6;
            }
            return gaps;
        });
    }
}
