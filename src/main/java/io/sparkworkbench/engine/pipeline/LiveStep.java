package io.sparkworkbench.engine.pipeline;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.engine.stream.session.LiveSession;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.engine.stream.session.LiveSourceChoice;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's live step on a {@link LiveSession}: the simulator started over the run's data set (a stream already
 * running is stopped first, its checkpoints kept), then waited on until its windows hold events and revenue, so the
 * step's views exist to be written. Left running for the window; run for a while and stopped for the command line.
 */
final class LiveStep {

    private static final Logger LOG = LoggerFactory.getLogger(LiveStep.class);
    static final Duration FIRST_EVENTS_TIMEOUT = Duration.ofMinutes(3);
    private static final long POLL_MILLIS = 200;

    /** What the step's row says and its record keeps. */
    record Outcome(String message, String metrics) {
    }

    private final LiveSession session;
    private final PipelineRun run;

    LiveStep(LiveSession session, PipelineRun run) {
        this.session = session;
        this.run = run;
    }

    Outcome run(PipelineRequest request, LiveStepRequest live) throws InterruptedException {
        String replaced = stopRunningStream();
        session.datasetOpened(request.datasetFolder());
        session.setRate(live.eventsPerSecond());
        LiveSourceChoice.Simulator simulator = LiveSourceChoice.Simulator.at(live.eventsPerSecond());
        run.await(PipelineStep.LIVE, session.start(simulator));
        try {
            LiveSnapshot first = awaitFirstEvents();
            if (live.leavesRunning()) {
                return new Outcome(String.format(Locale.ROOT, "%s, left running (Live tab)%s", simulator.label(), replaced),
                        metrics(first, live));
            }
            sleepChecking(live.runFor());
            LiveSnapshot last = session.snapshot();
            stopStream();
            return new Outcome(String.format(Locale.ROOT, "%s for %d s, stopped; %,d events produced", simulator.label(),
                    live.runFor().toSeconds(), Math.max(0, last.source().eventsProduced())), metrics(last, live));
        } catch (InterruptedException | RuntimeException e) {
            stopQuietly();
            throw e;
        }
    }

    /** The step's own metrics line (the record's {@code key=value;…}). */
    private static String metrics(LiveSnapshot s, LiveStepRequest live) {
        return String.format(Locale.ROOT, "events_per_s=%d;events_produced=%d;events_counted=%d", live.eventsPerSecond(),
                Math.max(0, s.source().eventsProduced()), s.eventCounts() == null ? 0 : s.eventCounts().total());
    }

    private String stopRunningStream() throws InterruptedException {
        LiveSnapshot now = session.snapshot();
        if (!now.isActive()) {
            return "";
        }
        String was = now.source().description();
        stopStream();
        return was.isEmpty() ? "; the stream that ran was stopped first" : "; it replaced the " + was;
    }

    /** Waits until the event counts and the revenue windows hold something: both views are registered then. */
    private LiveSnapshot awaitFirstEvents() throws InterruptedException {
        long deadline = System.nanoTime() + FIRST_EVENTS_TIMEOUT.toNanos();
        while (true) {
            checkStopped();
            LiveSnapshot s = session.snapshot();
            failure(s).ifPresent(reason -> {
                throw new EngineException("The live stream failed: " + reason);
            });
            if (s.state() == LiveSnapshot.State.RUNNING && s.eventCounts() != null && s.eventCounts().total() > 0
                    && s.revenue() != null && s.revenue().windowEndMs().length > 0) {
                return s;
            }
            if (System.nanoTime() > deadline) {
                throw new EngineException("The live stream started but counted no events and revenue within "
                        + FIRST_EVENTS_TIMEOUT.toMinutes() + " min; see the Live tab's metrics");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static Optional<String> failure(LiveSnapshot s) {
        if (s.state() == LiveSnapshot.State.FAILED) {
            return Optional.of(s.message());
        }
        if (s.source().failure().isPresent()) {
            return s.source().failure();
        }
        return s.queries().stream().filter(q -> q.state() == QueryStatus.State.FAILED).findFirst()
                .map(q -> q.view() + ": " + q.message());
    }

    private void sleepChecking(Duration span) throws InterruptedException {
        long end = System.nanoTime() + span.toNanos();
        while (System.nanoTime() < end) {
            checkStopped();
            failure(session.snapshot()).ifPresent(reason -> {
                throw new EngineException("The live stream failed: " + reason);
            });
            Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
        }
    }

    private void checkStopped() {
        if (run.isStopRequested()) {
            throw new CancellationException("Stopped");
        }
    }

    private void stopStream() throws InterruptedException {
        try {
            session.stop().get(3, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new EngineException("The live stream did not stop: " + e.getMessage(), e);
        }
    }

    /** After a failure or a Stop: the step's own reason is what the row shows, so the stop's is only logged. */
    private void stopQuietly() {
        try {
            session.stop().get(3, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warn("The live stream did not stop after its step ended: {}", e.getMessage(), e);
        }
    }
}
