package io.sparkworkbench.ui.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.AnimationTimer;

/**
 * Calls its samplers on the JavaFX thread at most once per frame, and no more often than the interval:
 * background state (job progress, heap, generation progress) is read here, never pushed per event.
 */
public final class FrameSampler {

    private final List<Runnable> samplers = new CopyOnWriteArrayList<>();
    private final long intervalNanos;
    private final AnimationTimer timer;
    private long lastRun;

    public FrameSampler(long intervalMillis) {
        this.intervalNanos = intervalMillis * 1_000_000;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (now - lastRun >= intervalNanos) {
                    lastRun = now;
                    samplers.forEach(Runnable::run);
                }
            }
        };
    }

    public void add(Runnable sampler) {
        samplers.add(sampler);
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }
}
