package io.sparkworkbench.engine.pipeline;

import io.sparkworkbench.engine.ActionProgress;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.JobTracker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * A pipeline run in flight: an atomic {@link #snapshot()} the caller samples when it likes (no callback per step or
 * row), {@link #stop()}, which cancels the running steps' engine actions (their Spark jobs, by their job tags), and the
 * final snapshot as a future. Each step's jobs are counted from the engine's {@link JobTracker} by the ids of the
 * actions the step ran.
 */
public final class PipelineRun {

    private final AtomicReference<PipelineSnapshot> state;
    private final JobTracker jobs;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    /** The engine actions the running steps wait for (steps that do not read each other's outputs run side by side). */
    private final Set<EngineTask<?>> current = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<PipelineSnapshot> future = new CompletableFuture<>();
    /** Jobs of finished actions as last seen: the tracker forgets old actions, the step's row should not. */
    private final Map<Long, Integer> jobsSeen = new ConcurrentHashMap<>();
    private volatile long startNanos = System.nanoTime();
    private final Map<PipelineStep, Long> stepStartNanos = new ConcurrentHashMap<>();

    PipelineRun(PipelineSnapshot initial, JobTracker jobs) {
        this.state = new AtomicReference<>(initial);
        this.jobs = jobs;
    }

    /** The run now, each step's jobs and the running step's seconds brought up to date. Never blocks on Spark. */
    public PipelineSnapshot snapshot() {
        PipelineSnapshot s = state.get();
        Map<Long, Integer> live = new HashMap<>();
        for (ActionProgress a : jobs.snapshot().actions()) {
            live.put(a.id(), a.jobsDone() + a.jobsRunning());
        }
        List<StepProgress> steps = new ArrayList<>();
        for (StepProgress p : s.steps()) {
            int count = 0;
            for (long id : p.actionIds()) {
                Integer now = live.get(id);
                if (now != null) {
                    jobsSeen.merge(id, now, Math::max);
                }
                count += jobsSeen.getOrDefault(id, 0);
            }
            StepProgress withJobs = p.withJobs(count);
            if (p.state() == StepState.RUNNING) {
                withJobs = new StepProgress(p.step(), p.state(), p.rows(), stepSeconds(p.step()), count, p.actionIds(), p.message());
            }
            steps.add(withJobs);
        }
        double total = s.finished() ? s.seconds() : seconds(startNanos);
        return new PipelineSnapshot(s.runId(), s.outputFolder(), s.state(), steps, total, s.message());
    }

    /** Ends the running steps (their Spark jobs are cancelled); the steps after them do not start. */
    public void stop() {
        if (stopRequested.compareAndSet(false, true)) {
            current.forEach(EngineTask::cancel);
        }
    }

    public boolean isStopRequested() {
        return stopRequested.get();
    }

    /** Completes with the final snapshot when the run ends (done, failed or stopped); never exceptionally. */
    public CompletableFuture<PipelineSnapshot> future() {
        return future;
    }

    // ---- for the execution ----

    void started() {
        startNanos = System.nanoTime();
    }

    void stepStarted(PipelineStep step) {
        stepStartNanos.put(step, System.nanoTime());
    }

    double stepSeconds(PipelineStep step) {
        Long since = stepStartNanos.get(step);
        return since == null ? 0 : seconds(since);
    }

    double totalSeconds() {
        return seconds(startNanos);
    }

    void update(UnaryOperator<PipelineSnapshot> change) {
        state.updateAndGet(change);
    }

    void finish() {
        future.complete(snapshot());
    }

    /**
     * Waits for {@code task}, one action of {@code step}: listed in its row, cancelled at once if Stop came first.
     * Throws the task's own failure; a stopped task throws CancellationException.
     */
    <T> T await(PipelineStep step, EngineTask<T> task) {
        current.add(task);
        update(s -> PipelineSnapshots.addAction(s, step, task.id()));
        if (stopRequested.get()) {
            task.cancel();
        }
        try {
            return task.future().get();
        } catch (InterruptedException e) {
            task.cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for " + task.label());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new CompletionException(cause);
        } finally {
            current.remove(task);
            snapshot();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
