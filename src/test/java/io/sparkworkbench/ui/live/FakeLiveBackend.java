package io.sparkworkbench.ui.live;

import io.sparkworkbench.engine.stream.query.EventCounts;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.engine.stream.query.RateAlert;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.engine.stream.session.LiveSourceChoice;
import io.sparkworkbench.engine.stream.session.LiveSourceStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A session held by the test: it records the calls and serves the snapshots the test sets. */
final class FakeLiveBackend implements LiveBackend {

    final List<String> calls = new ArrayList<>();
    CompletableFuture<Void> startResult = new CompletableFuture<>();
    CompletableFuture<Void> stopResult = new CompletableFuture<>();
    LiveSnapshot snapshot = snapshot(0, LiveSnapshot.State.IDLE, null, null);
    LiveSourceChoice started;

    @Override
    public CompletableFuture<Void> start(LiveSourceChoice choice) {
        calls.add("start " + choice.label());
        started = choice;
        return startResult;
    }

    @Override
    public CompletableFuture<Void> stop() {
        calls.add("stop");
        return stopResult;
    }

    @Override
    public void setRate(int eventsPerSecond) {
        calls.add("rate " + eventsPerSecond);
    }

    @Override
    public void flashSale() {
        calls.add("flash sale");
    }

    @Override
    public CompletableFuture<Void> changeTrigger(Duration interval) {
        calls.add("trigger " + interval.toMillis());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> startFresh(String view) {
        calls.add("fresh " + view);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> resetToBatch() {
        calls.add("reset to batch");
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public LiveSnapshot snapshot() {
        return snapshot;
    }

    /** A running snapshot with {@code events} page views in one window, folded by batch {@code batch}. */
    static LiveSnapshot running(long version, long batch, long events, RateAlert alert) {
        EventCounts counts = new EventCounts(List.of("page_view"), new long[] {1_700_000_000_000L}, new long[][] {{events}}, 10_000, batch);
        return snapshot(version, LiveSnapshot.State.RUNNING, counts, alert);
    }

    static LiveSnapshot snapshot(long version, LiveSnapshot.State state, EventCounts counts, RateAlert alert) {
        List<QueryStatus> queries = state == LiveSnapshot.State.RUNNING
                ? List.of(new QueryStatus("live_charts", "live_charts-sim", QueryStatus.State.RUNNING, "", 1, 0, 0, 10, false, "/c"))
                : List.of();
        LiveSourceStatus source = new LiveSourceStatus("simulator at 1,000 events/s", 10, 1_000, false, false, 0, false, Optional.empty());
        return new LiveSnapshot(version, state, "", source, counts, null, null, null, null, alert, queries, Map.of(), Map.of(), null);
    }
}
