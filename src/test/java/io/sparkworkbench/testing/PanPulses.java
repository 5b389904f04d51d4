package io.sparkworkbench.testing;

import io.sparkworkbench.ui.common.scatter.FrameTiming;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import org.testfx.util.WaitForAsyncUtils;

/** Counts the frames a canvas view draws while something pans it once per pulse. */
public final class PanPulses {

    private PanPulses() {
    }

    /**
     * Pans from a timer once per pulse for {@code pulses} pulses and counts the frames drawn, as told to the
     * listener {@code listen} installs. A view whose own timer stopped after each frame, and so ran again only a
     * pulse after the pan restarted it, drew in every other pulse (30 of 60).
     */
    public static int framesWhilePanning(int pulses, Runnable pan, Consumer<Consumer<FrameTiming>> listen) throws Exception {
        AtomicInteger frames = new AtomicInteger();
        CompletableFuture<Void> done = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> {
            listen.accept(f -> frames.incrementAndGet());
            new AnimationTimer() {
                private int seen;

                @Override
                public void handle(long now) {
                    if (seen++ == pulses) {
                        stop();
                        done.complete(null);
                        return;
                    }
                    pan.run();
                }
            }.start();
        }).get(20, TimeUnit.SECONDS);
        done.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> listen.accept(null)).get(20, TimeUnit.SECONDS);
        return frames.get();
    }
}
