package io.sparkworkbench.app.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * What the benchmarks that draw in a real window share: starting the JavaFX toolkit (or saying why it
 * could not), running code on the FX thread and waiting for it, the rendering pipeline's name, and the
 * statistics of a run of frames.
 */
final class FxBench {

    private FxBench() {
    }

    /**
     * Frame timings of one run: the pulse timestamps of the frames drawn and the drawing call's CPU and
     * wall time (nanoseconds), over a measured window of {@code windowNanos}.
     */
    record Frames(long[] pulses, long[] drawCpu, long[] drawWall, long windowNanos) {
        /** Frames per second between the first and last frame; with fewer than two, frames per measured window. */
        double fps() {
            return pulses.length < 2 ? pulses.length / (windowNanos / 1e9)
                    : (pulses.length - 1) / ((pulses[pulses.length - 1] - pulses[0]) / 1e9);
        }

        double[] frameMs() {
            double[] ms = new double[Math.max(0, pulses.length - 1)];
            for (int i = 1; i < pulses.length; i++) {
                ms[i - 1] = (pulses[i] - pulses[i - 1]) / 1e6;
            }
            return ms;
        }

        double medianMs() {
            return percentile(frameMs(), 0.5);
        }

        double p95Ms() {
            return percentile(frameMs(), 0.95);
        }

        double drawCpuMedianMs() {
            return percentile(Arrays.stream(drawCpu).mapToDouble(n -> n / 1e6).toArray(), 0.5);
        }

        double drawWallMedianMs() {
            return percentile(Arrays.stream(drawWall).mapToDouble(n -> n / 1e6).toArray(), 0.5);
        }
    }

    /** Starts JavaFX (or finds it running); false, with a note naming what is missing, when there is no display. */
    static boolean startToolkit(Figures figures, String what) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            figures.note("the " + what + " figures need a display (run under Xvfb: DISPLAY=:91, or Monocle): JavaFX did"
                    + " not start: " + e.getMessage());
            return false;
        }
        Platform.setImplicitExit(false);
        return started.await(30, TimeUnit.SECONDS);
    }

    static String pipeline() {
        try {
            Object p = onFx(() -> Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null));
            return p == null ? "unknown" : p.getClass().getSimpleName();
        } catch (Exception e) {
            return "unknown";
        }
    }

    static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
