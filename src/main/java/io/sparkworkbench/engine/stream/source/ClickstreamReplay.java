package io.sparkworkbench.engine.stream.source;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Plays a stored clickstream in event-time order at N times its speed (1 to 10,000) into a watched folder, through
 * the same {@link AtomicEventWriter} as the simulator. Events are read a bounded page at a time
 * ({@link ReplaySource}); an event that happened {@code d} after the first one is written {@code d / N} after the
 * replay started.
 *
 * <p>Its {@code event_ts} is that replay time, not the original: the live charts' windows (10 s, one minute),
 * their watermark and the end-to-end latency are all about now, and with 2024's times a "last minute" window
 * would hold a whole day at 1,440x, and latency would read two years. The original time is
 * {@link #originalTimeOf(long)}: the first event's time plus N times the replay time since the start.
 * {@code emitted_ts} is when the event was written.
 */
public final class ClickstreamReplay {

    public static final int MIN_SPEED = 1;
    public static final int MAX_SPEED = 10_000;
    static final int PAGE_SIZE = 5_000;

    private final ReplaySource source;
    private final AtomicEventWriter writer;
    private final int speed;
    private final int pageSize;
    private final ArrayDeque<LiveEvent> page = new ArrayDeque<>();
    private long startWall = Long.MIN_VALUE;
    private long firstOriginal = Long.MIN_VALUE;
    private long afterTs = Long.MIN_VALUE;
    private long afterId = Long.MIN_VALUE;
    private boolean exhausted;
    private volatile long replayed;

    public ClickstreamReplay(ReplaySource source, AtomicEventWriter writer, int speed) {
        this(source, writer, speed, PAGE_SIZE);
    }

    ClickstreamReplay(ReplaySource source, AtomicEventWriter writer, int speed, int pageSize) {
        if (speed < MIN_SPEED || speed > MAX_SPEED) {
            throw new io.sparkworkbench.engine.EngineException("The replay speed must be between " + MIN_SPEED + "x and "
                    + MAX_SPEED + "x, not " + speed + "x");
        }
        this.source = source;
        this.writer = writer;
        this.speed = speed;
        this.pageSize = pageSize;
    }

    /** Writes every event due by {@code nowMillis}; returns false once the whole clickstream has been played. */
    public boolean step(long nowMillis) {
        if (startWall == Long.MIN_VALUE) {
            startWall = nowMillis;
        }
        while (true) {
            if (page.isEmpty() && !fetch()) {
                writer.flush();
                return false;
            }
            LiveEvent next = page.peek();
            if (firstOriginal == Long.MIN_VALUE) {
                firstOriginal = next.eventTsMillis();
            }
            long due = startWall + (next.eventTsMillis() - firstOriginal) / speed;
            if (due > nowMillis) {
                break;
            }
            page.poll();
            writer.add(new LiveEvent(next.eventId(), next.sessionId(), next.customerId(), due, next.eventType(), next.productId(),
                    next.category(), next.amount(), next.device(), next.referrer(), nowMillis), nowMillis);
            replayed++;
        }
        writer.flushIfDue(nowMillis);
        return true;
    }

    /** Steps by {@code clock} every 50 ms until the clickstream ends or {@code stopped} says so (an action's Stop). */
    public long run(LongSupplier clock, BooleanSupplier stopped) throws InterruptedException {
        while (!stopped.getAsBoolean() && step(clock.getAsLong())) {
            Thread.sleep(ClickstreamSimulator.TICK_MILLIS);
        }
        writer.flush();
        return replayed;
    }

    public long eventsReplayed() {
        return replayed;
    }

    /** The original event time of a replayed {@code event_ts}. */
    public long originalTimeOf(long replayedEventTsMillis) {
        return firstOriginal + (replayedEventTsMillis - startWall) * speed;
    }

    private boolean fetch() {
        if (exhausted) {
            return false;
        }
        List<LiveEvent> next = source.page(afterTs, afterId, pageSize);
        if (next.size() < pageSize) {
            exhausted = true;
        }
        if (next.isEmpty()) {
            return false;
        }
        LiveEvent last = next.get(next.size() - 1);
        afterTs = last.eventTsMillis();
        afterId = last.eventId();
        page.addAll(next);
        return true;
    }
}
