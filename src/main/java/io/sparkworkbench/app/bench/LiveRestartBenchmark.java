package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.query.LiveStreamConfig;
import io.sparkworkbench.engine.stream.query.LiveTrigger;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.engine.stream.session.LiveSession;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.engine.stream.session.LiveSourceChoice;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code streaming.restart_recovery_ms}: Start pressed after a Stop, on a new session object (nothing kept in memory,
 * as after a restart of the app), until every live chart's query has resumed from its checkpoint and committed a
 * batch past the one it stopped at. Beside it, the same from nothing ({@code fresh_start_ms}: new checkpoints, every
 * query's first batch), so the ratio says what resuming costs over starting.
 */
final class LiveRestartBenchmark {

    private static final String SCOPE = "bench-restart";
    private static final int RATE = 1_000;
    private static final LiveTrigger TRIGGER = LiveTrigger.every(Duration.ofSeconds(1));
    private static final long WAIT_MINUTES = 3;

    private final SparkEngine engine;

    LiveRestartBenchmark(SparkEngine engine) {
        this.engine = engine;
    }

    void run(Figures figures) throws Exception {
        LiveBenchFolders.forget(engine.settings().dataFolder(), SCOPE);
        try {
            LiveSession first = newSession();
            Map<String, Long> stoppedAt;
            try {
                long t0 = System.nanoTime();
                first.start(LiveSourceChoice.Simulator.at(RATE)).future().get(WAIT_MINUTES, TimeUnit.MINUTES);
                if (!await(first, q -> q.lastBatchId() >= 0)) {
                    figures.note("streaming.restart_recovery_ms not measured: the live queries committed no first batch within "
                            + WAIT_MINUTES + " minutes (" + first.snapshot().queries() + ")");
                    return;
                }
                figures.print("streaming.fresh_start_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
                await(first, q -> q.lastBatchId() >= 3);
                long stopping = System.nanoTime();
                first.stop().get(WAIT_MINUTES, TimeUnit.MINUTES);
                figures.print("streaming.stop_ms", Math.round((System.nanoTime() - stopping) / 1e6), "ms");
                stoppedAt = lastBatches(first.snapshot());
            } finally {
                first.close();
            }

            LiveSession second = newSession();
            try {
                long t0 = System.nanoTime();
                second.start(LiveSourceChoice.Simulator.at(RATE)).future().get(WAIT_MINUTES, TimeUnit.MINUTES);
                if (!await(second, q -> q.lastBatchId() > stoppedAt.getOrDefault(q.view(), Long.MAX_VALUE))) {
                    figures.note("streaming.restart_recovery_ms not measured: not every query resumed past its last batch within "
                            + WAIT_MINUTES + " minutes (" + second.snapshot().queries() + ", stopped at " + stoppedAt + ")");
                    return;
                }
                figures.print("streaming.restart_recovery_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
                figures.note(String.format(java.util.Locale.ROOT, "restart: %d queries resumed from their checkpoints at batches %s,"
                        + " simulator at %,d events/s, trigger %s; measured from Start on a new session object to every query's"
                        + " first batch past its last", stoppedAt.size(), stoppedAt, RATE, TRIGGER));
                second.stop().get(WAIT_MINUTES, TimeUnit.MINUTES);
            } finally {
                second.close();
            }
        } finally {
            LiveBenchFolders.forget(engine.settings().dataFolder(), SCOPE);
        }
    }

    private LiveSession newSession() {
        LiveStreamConfig config = LiveStreamConfig.defaults().withTrigger(TRIGGER).withScope(SCOPE);
        return new LiveSession(engine, config, System::currentTimeMillis);
    }

    /** Waits until every query of the session passes {@code test}; false if they did not within the wait. */
    private static boolean await(LiveSession session, Predicate<QueryStatus> test) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(WAIT_MINUTES);
        while (System.nanoTime() < deadline) {
            List<QueryStatus> queries = session.snapshot().queries();
            if (!queries.isEmpty() && queries.stream().allMatch(test)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static Map<String, Long> lastBatches(LiveSnapshot snapshot) {
        Map<String, Long> last = new HashMap<>();
        for (QueryStatus q : snapshot.queries()) {
            last.put(q.view(), q.lastBatchId());
        }
        return last;
    }
}
