package io.sparkworkbench.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

/**
 * Feeds the jobs panel. Spark's listener bus writes counters under a lock; the UI asks for a
 * {@link #snapshot()} at most once per frame and gets an immutable copy only when something changed.
 */
public final class JobTracker extends SparkListener {

    static final String JOB_TAGS_PROPERTY = "spark.job.tags";
    private static final int RECENT_LIMIT = 20;

    private final Map<Long, Action> actions = new LinkedHashMap<>();
    static final String JOB_GROUP_PROPERTY = "spark.jobGroup.id";

    private final Map<String, Action> actionsByTag = new HashMap<>();
    /** Streams' actions by the job group their query thread sets (the query's run id). */
    private final Map<String, Action> actionsByJobGroup = new HashMap<>();
    private final Map<Integer, JobListing> actionsByJob = new HashMap<>();
    private final Map<Integer, StageListing> actionsByStage = new HashMap<>();
    private final java.util.Set<String> cancelledTags = new java.util.HashSet<>();
    private volatile java.util.function.IntConsumer jobCanceller = id -> { };
    private long version;
    private JobsSnapshot last = JobsSnapshot.EMPTY;

    synchronized void actionStarted(EngineTask<?> task) {
        Action action = new Action(task.id(), task.tag(), task.label(), System.nanoTime());
        actions.put(task.id(), action);
        actionsByTag.put(task.tag(), action);
        trimFinished();
        version++;
    }

    /**
     * A stream's micro-batches run on the query's own thread, which sets the query's run id as its job
     * group: jobs of that group belong to the stream's action even where the thread lost the tag.
     */
    synchronized void streamStarted(EngineTask<?> task, String runId) {
        Action action = actions.get(task.id());
        if (action != null) {
            actionsByJobGroup.put(runId, action);
        }
    }

    synchronized void actionEnded(EngineTask<?> task, ActionProgress.State state, String message) {
        Action action = actions.get(task.id());
        if (action != null && action.state == ActionProgress.State.RUNNING) {
            action.state = state;
            action.message = message;
            action.endNanos = System.nanoTime();
            action.jobsRunning = 0;
            version++;
        }
    }

    /**
     * Cancelling by tag only reaches jobs already running; an action still planning would start its
     * jobs afterwards. Remembering the tag lets {@link #onJobStart} cancel those as they appear.
     */
    synchronized void tagCancelled(String tag) {
        cancelledTags.add(tag);
    }

    void onCancelledJob(java.util.function.IntConsumer canceller) {
        this.jobCanceller = canceller;
    }

    public synchronized JobsSnapshot snapshot() {
        boolean anyRunning = actions.values().stream().anyMatch(a -> a.state == ActionProgress.State.RUNNING);
        if (last.version() == version && !anyRunning) {
            return last;
        }
        long now = System.nanoTime();
        List<ActionProgress> list = new ArrayList<>();
        for (Action a : actions.values()) {
            list.add(a.toProgress(now));
        }
        list.sort(Comparator.comparing((ActionProgress p) -> !p.isRunning()).thenComparing(p -> -p.id()));
        last = new JobsSnapshot(version, List.copyOf(list));
        return last;
    }

    /** Jobs the tracker still maps to an action (for tests: it must not grow without bound). */
    synchronized int trackedJobCount() {
        return actionsByJob.size();
    }

    /** Stages the tracker still maps to an action (for tests: it must not grow without bound). */
    synchronized int trackedStageCount() {
        return actionsByStage.size();
    }

    /**
     * A job lists every stage it depends on, also those it will skip (shuffle output already there: under
     * AQE each query stage runs as its own job first, and the final job lists them again). Skipped stages
     * are never submitted nor completed, so stages are counted when submitted; the listing only tells which
     * action a stage belongs to, and is forgotten when the last job listing it ends.
     */
    @Override
    public synchronized void onJobStart(SparkListenerJobStart jobStart) {
        if (hasCancelledTag(jobStart.properties())) {
            jobCanceller.accept(jobStart.jobId());
        }
        Action action = actionFor(jobStart.properties());
        if (action == null) {
            return;
        }
        int[] stageIds = new int[jobStart.stageInfos().size()];
        scala.collection.Iterator<StageInfo> stages = jobStart.stageInfos().iterator();
        for (int i = 0; stages.hasNext(); i++) {
            int stageId = stages.next().stageId();
            stageIds[i] = stageId;
            actionsByStage.computeIfAbsent(stageId, id -> new StageListing(action)).jobs++;
        }
        actionsByJob.put(jobStart.jobId(), new JobListing(action, stageIds));
        action.jobsRunning++;
        version++;
    }

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted stageSubmitted) {
        StageInfo stage = stageSubmitted.stageInfo();
        StageListing listing = actionsByStage.get(stage.stageId());
        // A retried attempt reruns only the tasks the failed one did not finish: those are counted already.
        if (listing != null && stage.attemptNumber() == 0) {
            listing.action.stagesTotal++;
            listing.action.tasksTotal += stage.numTasks();
            version++;
        }
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted stageCompleted) {
        StageListing listing = actionsByStage.get(stageCompleted.stageInfo().stageId());
        if (listing != null && stageCompleted.stageInfo().failureReason().isEmpty()) {
            listing.action.stagesDone++;
            version++;
        }
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        StageListing listing = actionsByStage.get(taskEnd.stageId());
        if (listing != null && taskEnd.taskInfo().successful()) {
            listing.action.tasksDone++;
            version++;
        }
    }

    @Override
    public synchronized void onJobEnd(SparkListenerJobEnd jobEnd) {
        JobListing job = actionsByJob.remove(jobEnd.jobId());
        if (job != null) {
            forgetStages(job);
            job.action.jobsRunning = Math.max(0, job.action.jobsRunning - 1);
            job.action.jobsDone++;
            version++;
        }
    }

    private void forgetStages(JobListing job) {
        for (int stageId : job.stageIds) {
            StageListing listing = actionsByStage.get(stageId);
            if (listing != null && --listing.jobs <= 0) {
                actionsByStage.remove(stageId);
            }
        }
    }

    private boolean hasCancelledTag(Properties properties) {
        String tags = properties == null ? null : properties.getProperty(JOB_TAGS_PROPERTY);
        if (tags == null || cancelledTags.isEmpty()) {
            return false;
        }
        for (String tag : tags.split(",")) {
            if (cancelledTags.contains(tag.trim())) {
                return true;
            }
        }
        return false;
    }

    private Action actionFor(Properties properties) {
        if (properties == null) {
            return null;
        }
        String tags = properties.getProperty(JOB_TAGS_PROPERTY);
        if (tags != null) {
            for (String tag : tags.split(",")) {
                Action action = actionsByTag.get(tag.trim());
                if (action != null) {
                    return action;
                }
            }
        }
        String group = properties.getProperty(JOB_GROUP_PROPERTY);
        return group == null ? null : actionsByJobGroup.get(group);
    }

    private void trimFinished() {
        long finished = actions.values().stream().filter(a -> a.state != ActionProgress.State.RUNNING).count();
        var it = actions.values().iterator();
        while (finished > RECENT_LIMIT && it.hasNext()) {
            Action a = it.next();
            if (a.state != ActionProgress.State.RUNNING) {
                it.remove();
                actionsByTag.values().remove(a);
                actionsByJobGroup.values().remove(a);
                // A job whose end the listener bus dropped would otherwise stay mapped for good.
                actionsByJob.values().removeIf(job -> job.action == a);
                actionsByStage.values().removeIf(stage -> stage.action == a);
                cancelledTags.remove(a.tag);
                finished--;
            }
        }
    }

    /** A running job of an action, and the stages it listed. */
    private record JobListing(Action action, int[] stageIds) {
    }

    /** A stage listed by {@code jobs} running jobs of one action. */
    private static final class StageListing {
        final Action action;
        int jobs;

        StageListing(Action action) {
            this.action = action;
        }
    }

    private static final class Action {
        final long id;
        final String tag;
        final String label;
        final long startNanos;
        long endNanos;
        ActionProgress.State state = ActionProgress.State.RUNNING;
        String message = "";
        int jobsDone;
        int jobsRunning;
        int stagesDone;
        int stagesTotal;
        int tasksDone;
        int tasksTotal;

        Action(long id, String tag, String label, long startNanos) {
            this.id = id;
            this.tag = tag;
            this.label = label;
            this.startNanos = startNanos;
        }

        ActionProgress toProgress(long now) {
            long end = state == ActionProgress.State.RUNNING ? now : endNanos;
            return new ActionProgress(id, label, state, (end - startNanos) / 1_000_000,
                    jobsDone, jobsRunning, stagesDone, stagesTotal, tasksDone, tasksTotal, message);
        }
    }
}
