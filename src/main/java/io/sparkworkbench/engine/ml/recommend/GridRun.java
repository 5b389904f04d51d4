package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineTask;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A running grid search: its task, and the cells finished so far (sampled by the UI once per frame). */
public final class GridRun {

    private final List<GridCell> done = new CopyOnWriteArrayList<>();
    private final int total;
    private volatile EngineTask<GridResult> task;

    GridRun(int total) {
        this.total = total;
    }

    void start(EngineTask<GridResult> started) {
        this.task = started;
    }

    void add(GridCell cell) {
        done.add(cell);
    }

    public EngineTask<GridResult> task() {
        return task;
    }

    public List<GridCell> cellsSoFar() {
        return List.copyOf(done);
    }

    public int total() {
        return total;
    }

    public double fraction() {
        return (double) done.size() / total;
    }

    public void cancel() {
        task.cancel();
    }
}
