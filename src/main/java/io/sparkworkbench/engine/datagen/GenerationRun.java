package io.sparkworkbench.engine.datagen;

import io.sparkworkbench.engine.EngineTask;
import java.util.List;

/** A generation in flight: its result, its per-table progress (cheap to sample every frame), and Stop. */
public final class GenerationRun {

    private final EngineTask<GenerationResult> task;
    private final ProgressBoard board;

    GenerationRun(EngineTask<GenerationResult> task, ProgressBoard board) {
        this.task = task;
        this.board = board;
    }

    public EngineTask<GenerationResult> task() {
        return task;
    }

    public List<TableProgress> progress() {
        return board.snapshot();
    }

    public void cancel() {
        task.cancel();
    }
}
