package io.sparkworkbench.engine.stream.session;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.source.AtomicEventWriter;
import io.sparkworkbench.engine.stream.source.ClickstreamReplay;
import io.sparkworkbench.engine.stream.source.IncomingSweeper;
import io.sparkworkbench.engine.stream.source.SparkReplaySource;
import io.sparkworkbench.engine.stream.source.StreamFolders;
import io.sparkworkbench.engine.stream.source.StreamSourceSpec;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * The open data set's clickstream replayed at N× into {@code <data>/streams/replay/incoming}. The replay reads its
 * pages with Spark, so it runs as its own engine action (its own job tag and jobs-panel row, Stop reaches its jobs).
 */
final class ReplayRun implements SourceRun {

    static final String FOLDER_NAME = "replay";

    private final SparkEngine engine;
    private final ClickstreamReplay replay;
    private final StreamFolders folders;
    private final int speed;
    private final LongSupplier clock;
    private final IncomingSweeper sweeper = new IncomingSweeper();
    private volatile List<Path> consumers = List.of();
    private volatile EngineTask<Long> task;

    private ReplayRun(SparkEngine engine, ClickstreamReplay replay, StreamFolders folders, int speed, LongSupplier clock) {
        this.engine = engine;
        this.replay = replay;
        this.folders = folders;
        this.speed = speed;
        this.clock = clock;
    }

    static ReplayRun open(SparkEngine engine, EngineContext ctx, String folderName, LiveSourceChoice.Replay choice, LongSupplier clock) {
        SparkReplaySource source = new SparkReplaySource(ctx.spark());
        StreamFolders folders = StreamFolders.of(ctx.dataFolder(), folderName).create();
        AtomicEventWriter writer = new AtomicEventWriter(folders, Long.toString(clock.getAsLong()), AtomicEventWriter.DEFAULT_MAX_EVENTS,
                AtomicEventWriter.DEFAULT_MAX_DELAY_MILLIS);
        return new ReplayRun(engine, new ClickstreamReplay(source, writer, choice.speed()), folders, choice.speed(), clock);
    }

    @Override
    public StreamSourceSpec spec() {
        return StreamSourceSpec.liveEvents(folders.incoming());
    }

    @Override
    public void start() {
        task = engine.submit(String.format(Locale.ROOT, "Live: replay the clickstream at %,d×", speed), EnginePool.BACKGROUND,
                ctx -> replayAndSweep(ctx));
    }

    private long replayAndSweep(EngineContext ctx) throws InterruptedException {
        long lastSweep = 0;
        while (!ctx.isCancelRequested() && replay.step(clock.getAsLong())) {
            long now = System.nanoTime();
            if (now - lastSweep > TimeUnit.SECONDS.toNanos(1)) {
                lastSweep = now;
                sweep();
            }
            Thread.sleep(50);
        }
        return replay.run(clock, () -> true);
    }

    @Override
    public void consumers(Collection<Path> checkpoints) {
        consumers = List.copyOf(checkpoints);
    }

    @Override
    public void stop() throws InterruptedException {
        EngineTask<Long> running = task;
        if (running == null) {
            return;
        }
        running.cancel();
        try {
            running.future().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | CancellationException | CompletionException e) {
            // Stopped by this cancel, or failed: the status already says which.
        } catch (TimeoutException e) {
            throw new io.sparkworkbench.engine.EngineException("The replay did not stop within 30 s", e);
        }
    }

    @Override
    public void sweep() {
        sweeper.sweep(folders, consumers);
    }

    @Override
    public void setRate(int eventsPerSecond) {
        // A replay's pace is its speed, fixed when it starts.
    }

    @Override
    public void flashSale() {
        // A replay plays what happened; there is no sale to add.
    }

    @Override
    public LiveSourceStatus status() {
        EngineTask<Long> running = task;
        boolean done = running != null && running.future().isDone();
        Optional<String> failure = Optional.empty();
        if (done && running.future().isCompletedExceptionally() && !running.isCancelRequested()) {
            failure = Optional.of("The replay failed: " + running.future().handle((v, e) -> io.sparkworkbench.engine.EngineErrors.describe(
                    e instanceof CompletionException && e.getCause() != null ? e.getCause() : e)).join());
        }
        String what = String.format(Locale.ROOT, "replay at %,d×%s", speed, done && failure.isEmpty() ? ", finished" : "");
        return new LiveSourceStatus(what, replay.eventsReplayed(), 0, false, false, -1, done && failure.isEmpty(), failure);
    }
}
