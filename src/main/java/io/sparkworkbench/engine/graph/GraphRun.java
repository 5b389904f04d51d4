package io.sparkworkbench.engine.graph;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineTask;

/**
 * A running graph action: its task (Stop = {@link #cancel}, which cancels its Spark jobs by tag) and a line of
 * progress text the UI samples once per frame ("PageRank: 20 iterations on 10,000 nodes"). Each step also becomes
 * the Spark job description, so the jobs panel and Spark's own listings say what the jobs are for.
 */
public final class GraphRun<T> {

    private volatile EngineTask<T> task;
    private volatile String progress;

    GraphRun(String firstStep) {
        this.progress = firstStep;
    }

    void start(EngineTask<T> started) {
        this.task = started;
    }

    /** Marks the start of a step: stops here if Stop was pressed, otherwise says what runs next. */
    void step(EngineContext context, String text) {
        context.checkCancelled();
        progress = text;
        context.spark().sparkContext().setJobDescription(text);
    }

    void finish(EngineContext context, String text) {
        progress = text;
        context.spark().sparkContext().setJobDescription(null);
    }

    public EngineTask<T> task() {
        return task;
    }

    public String progress() {
        return progress;
    }

    public void cancel() {
        task.cancel();
    }
}
