package io.sparkworkbench.engine.ml.segment;

import io.sparkworkbench.engine.EngineTask;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A running k sweep: its task, and the points finished so far (sampled by the UI once per frame). */
public final class SweepRun {

    private final List<SweepPoint> done = new CopyOnWriteArrayList<>();
    private final int from;
    private final int to;
    private volatile EngineTask<SweepResult> task;

    SweepRun(int from, int to) {
        this.from = from;
        this.to = to;
    }

    void start(EngineTask<SweepResult> started) {
        this.task = started;
    }

    void add(SweepPoint point) {
        done.add(point);
    }

    public EngineTask<SweepResult> task() {
        return task;
    }

    /** By k: two k are fitted at a time, so they may finish out of order. */
    public List<SweepPoint> pointsSoFar() {
        return done.stream().sorted(java.util.Comparator.comparingInt(SweepPoint::k)).toList();
    }

    /** Fraction of the k values fitted. */
    public double fraction() {
        return (double) done.size() / (to - from + 1);
    }

    public void cancel() {
        task.cancel();
    }
}
