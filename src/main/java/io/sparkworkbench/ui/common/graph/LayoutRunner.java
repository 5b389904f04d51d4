package io.sparkworkbench.ui.common.graph;

import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link ForceLayout} step by step on its own daemon thread until it settles, reaches its step
 * cap, or is stopped; it can be paused and resumed. After every step it publishes the positions as a
 * fresh snapshot; the view takes the newest one at most once per pulse ({@link #latest()}), so the
 * thread never waits for the JavaFX thread and the JavaFX thread never waits for it. Pins (a node the user
 * drags) are queued here and applied before the next step. No JavaFX: safe to use from any thread.
 *
 * <p>One thread per run rather than a pool: a run is one long CPU-bound loop that ends by itself, and
 * "its thread ends" is what Stop promises (ADR 0026).
 */
public final class LayoutRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutRunner.class);
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    /** Where a run is. The last three are final. */
    public enum State { RUNNING, PAUSED, SETTLED, STEP_CAP, STOPPED, FAILED }

    /** Positions after {@code step} steps, with the run's state and its status line when taken. */
    public record Snapshot(float[] x, float[] y, int step, State state, String status) {
    }

    private record Pin(int node, double x, double y, boolean release) {
    }

    private final ForceLayout layout;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Pin> pins = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final Object pause = new Object();
    private volatile State state = State.RUNNING;
    private volatile boolean stopRequested;
    private volatile boolean paused;
    private volatile String status = "Layout starting";
    private long runNanos;

    private LayoutRunner(ForceLayout layout) {
        this.layout = layout;
        float[][] p = layout.positions();
        latest.set(new Snapshot(p[0], p[1], layout.steps(), State.RUNNING, status));
        thread = new Thread(this::run, "graph-layout-" + THREAD_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Uncaught error in {}", t.getName(), e));
    }

    /** Starts a thread running {@code layout}; the layout is the runner's from now on (touch it no more). */
    public static LayoutRunner start(ForceLayout layout) {
        LayoutRunner runner = new LayoutRunner(layout);
        runner.thread.start();
        return runner;
    }

    private void run() {
        long started = System.nanoTime();
        long activeSince = started;
        try {
            while (true) {
                if (paused && !stopRequested) {
                    runNanos += System.nanoTime() - activeSince;
                    state = State.PAUSED;
                    status = String.format(Locale.ROOT, "Layout paused at step %,d", layout.steps());
                    publish();
                    synchronized (pause) {
                        while (paused && !stopRequested) {
                            pause.wait();
                        }
                    }
                    activeSince = System.nanoTime();
                    state = State.RUNNING;
                }
                if (stopRequested) {
                    runNanos += System.nanoTime() - activeSince;
                    finish(State.STOPPED, String.format(Locale.ROOT, "Layout stopped after %,d steps, %s",
                            layout.steps(), seconds(runNanos)));
                    return;
                }
                applyPins();
                ForceLayout.Step step = layout.step();
                if (layout.settled() || layout.atStepCap()) {
                    runNanos += System.nanoTime() - activeSince;
                    if (layout.settled()) {
                        finish(State.SETTLED, String.format(Locale.ROOT, "Layout settled after %,d steps, %s",
                                layout.steps(), seconds(runNanos)));
                    } else {
                        finish(State.STEP_CAP, String.format(Locale.ROOT,
                                "Layout stopped at its cap of %,d steps without settling (mean move %.3f edge lengths), %s",
                                layout.steps(), step.meanMove(), seconds(runNanos)));
                    }
                    return;
                }
                status = String.format(Locale.ROOT, "Layout running: step %,d", layout.steps());
                publish();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(State.STOPPED, "Layout stopped");
        } catch (RuntimeException e) {
            LOG.error("The graph layout failed at step {}", layout.steps(), e);
            finish(State.FAILED, "Layout failed at step " + layout.steps() + ": " + e.getMessage());
        }
    }

    private void applyPins() {
        for (Pin pin = pins.poll(); pin != null; pin = pins.poll()) {
            if (pin.release()) {
                layout.unpin(pin.node());
            } else {
                layout.pin(pin.node(), pin.x(), pin.y());
            }
        }
    }

    private void finish(State end, String message) {
        applyPins();
        status = message;
        state = end;
        publish();
        LOG.info("{} ({} nodes)", message, layout.nodeCount());
    }

    private void publish() {
        float[][] p = layout.positions();
        latest.set(new Snapshot(p[0], p[1], layout.steps(), state, status));
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** The newest positions; the same object until the next step publishes. */
    public Snapshot latest() {
        return latest.get();
    }

    public State state() {
        return state;
    }

    public String status() {
        return status;
    }

    public boolean isFinished() {
        return state == State.SETTLED || state == State.STEP_CAP || state == State.STOPPED || state == State.FAILED;
    }

    /** Holds a node where the user drags it, from the next step on, until {@link #release}. */
    public void pin(int node, double x, double y) {
        pins.add(new Pin(node, x, y, false));
    }

    public void release(int node) {
        pins.add(new Pin(node, 0, 0, true));
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        synchronized (pause) {
            paused = false;
            pause.notifyAll();
        }
    }

    /** Asks the run to stop after the step in progress; returns at once. */
    public void stop() {
        synchronized (pause) {
            stopRequested = true;
            pause.notifyAll();
        }
    }

    /** Waits for the thread to end; true if it did within the time. For shutdown and tests. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        thread.join(Math.max(1, unit.toMillis(timeout)));
        return !thread.isAlive();
    }

    public boolean isThreadAlive() {
        return thread.isAlive();
    }

    public String threadName() {
        return thread.getName();
    }
}
