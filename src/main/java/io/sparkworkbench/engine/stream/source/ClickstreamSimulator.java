package io.sparkworkbench.engine.stream.source;

import io.sparkworkbench.engine.EngineThreads;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces live clickstream events continuously into a watched folder, on its own daemon thread: visits through
 * the funnel by known customers of the open data set (segment-dependent) and anonymous visitors, at the rate
 * the user sets, with flash-sale bursts and a share of late events. Each {@link #step(long)} emits the events
 * due since the previous one, their emission times spread evenly over the interval, and cuts files as due;
 * the thread steps every {@value #TICK_MILLIS} ms by the clock it was given, and tests call {@code step}
 * with their own times, so everything but wall-clock timestamps is deterministic for a seed.
 *
 * <p>Once a second it removes files every consumer has committed ({@link #consumers(Collection)}) and, while
 * the unconsumed files exceed the backlog limit, pauses: disk use stays bounded even with no query running.
 */
public final class ClickstreamSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClickstreamSimulator.class);
    static final long TICK_MILLIS = 50;
    static final long HOUSEKEEPING_MILLIS = 1_000;
    public static final int FLASH_RATE_FACTOR = 5;
    public static final long FLASH_SALE_MILLIS = 30_000;
    /** Seconds of visits kept open: a visit's events come about this far apart whatever the rate. */
    private static final double VISIT_SPACING_SECONDS = 2.0;
    private static final int MIN_OPEN_VISITS = 32;
    private static final int MAX_OPEN_VISITS = 16_384;

    private final SimulatorConfig config;
    private final EventSequence events;
    private final AtomicEventWriter writer;
    private final IncomingSweeper sweeper = new IncomingSweeper();
    private final LongSupplier clockMillis;
    private final String name;

    private volatile int rate;
    private volatile boolean flashRequested;
    private volatile List<Path> consumers = List.of();
    private volatile Thread thread;
    private volatile boolean running;

    private long lastStep = Long.MIN_VALUE;
    private long lastHousekeeping = Long.MIN_VALUE;
    private double carry;
    private long flashFrom = Long.MAX_VALUE;
    private long flashUntil = Long.MIN_VALUE;
    private volatile long produced;
    private volatile long late;
    private volatile long beyondWatermark;
    private volatile long bytesOnDisk;
    private volatile boolean flashActive;
    private volatile boolean backlogFull;
    private volatile String failure;

    /**
     * @param clockMillis wall clock in epoch milliseconds ({@code System::currentTimeMillis} in the app)
     */
    public ClickstreamSimulator(SimulatorConfig config, ProductCatalogue catalogue, CustomerPopulation population,
                                StreamFolders folders, LongSupplier clockMillis) {
        this.config = config;
        this.rate = config.eventsPerSecond();
        this.clockMillis = clockMillis;
        this.name = folders.root().getFileName().toString();
        this.events = new EventSequence(config.seed(), config.idBase(), new SessionPlanner(population, catalogue), catalogue);
        this.writer = new AtomicEventWriter(folders, Long.toString(clockMillis.getAsLong()), config.maxEventsPerFile(),
                config.maxFileDelayMillis());
    }

    /** Starts the simulator's thread. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("The simulator of " + name + " is already running");
        }
        running = true;
        thread = EngineThreads.factory("live-simulator-" + name).newThread(this::run);
        thread.start();
    }

    /** Changes the rate at the next step (the thread's, or the caller's in a test). */
    public void setRate(int eventsPerSecond) {
        SimulatorConfig.checkRate(eventsPerSecond);
        rate = eventsPerSecond;
    }

    /** A flash sale from the next step on: {@value #FLASH_RATE_FACTOR}x the rate for 30 s, more purchases at 20% off. */
    public void flashSale() {
        flashRequested = true;
    }

    /** Checkpoint folders of the queries reading the watched folder: files all of them committed are removed. */
    public void consumers(Collection<Path> checkpointFolders) {
        consumers = List.copyOf(checkpointFolders);
    }

    public StreamFolders folders() {
        return writer.folders();
    }

    public SimulatorCounters counters() {
        int current = flashActive ? rate * FLASH_RATE_FACTOR : rate;
        return new SimulatorCounters(produced, writer.filesWritten(), late, beyondWatermark, bytesOnDisk, current,
                flashActive, backlogFull, Optional.ofNullable(failure));
    }

    /** Emits the events due between the previous step and {@code nowMillis}; cuts files and sweeps as due. */
    public void step(long nowMillis) {
        if (lastStep == Long.MIN_VALUE) {
            lastStep = nowMillis;
            housekeeping(nowMillis);
            return;
        }
        if (flashRequested) {
            // The user asked during the interval now ending: the sale covers it and the next 30 s less that.
            flashRequested = false;
            flashFrom = lastStep;
            flashUntil = lastStep + FLASH_SALE_MILLIS;
        }
        // An interval runs at the rate in force when it began, so a 30 s sale is exactly 30 s of bursts.
        boolean flash = lastStep >= flashFrom && lastStep < flashUntil;
        flashActive = flash;
        int effectiveRate = flash ? rate * FLASH_RATE_FACTOR : rate;
        long elapsed = Math.max(0, nowMillis - lastStep);
        if (nowMillis - lastHousekeeping >= HOUSEKEEPING_MILLIS) {
            housekeeping(nowMillis);
        }
        if (backlogFull) {
            carry = 0;
        } else {
            // After a stall (a suspended laptop, a long pause) carry on at the rate instead of bursting the gap.
            double due = effectiveRate * Math.min(elapsed, 1_000) / 1000.0 + carry;
            long count = (long) due;
            carry = due - count;
            int openVisits = (int) Math.max(MIN_OPEN_VISITS, Math.min(MAX_OPEN_VISITS, Math.round(effectiveRate * VISIT_SPACING_SECONDS)));
            long from = nowMillis - Math.min(elapsed, 1_000);
            for (long k = 1; k <= count; k++) {
                LiveEvent event = events.next(from + (nowMillis - from) * k / count, flash, openVisits, config.lateShare());
                if (event.late()) {
                    late++;
                    if (event.emittedTsMillis() - event.eventTsMillis() > EventSequence.WATERMARK_MILLIS) {
                        beyondWatermark++;
                    }
                }
                writer.add(event, nowMillis);
                produced++;
            }
        }
        writer.flushIfDue(nowMillis);
        lastStep = nowMillis;
    }

    /** Writes what is buffered now (a stop, or a test that wants every event on disk). */
    public void flush() {
        writer.flush();
    }

    private void housekeeping(long nowMillis) {
        lastHousekeeping = nowMillis;
        sweeper.sweep(writer.folders(), consumers);
        bytesOnDisk = writer.folders().incomingBytes();
        backlogFull = bytesOnDisk > config.maxBacklogBytes();
    }

    private void run() {
        try {
            while (running) {
                long started = System.nanoTime();
                step(clockMillis.getAsLong());
                long spentMillis = (System.nanoTime() - started) / 1_000_000;
                Thread.sleep(Math.max(1, TICK_MILLIS - spentMillis));
            }
            writer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.flush();
        } catch (RuntimeException e) {
            failure = e.getMessage();
            LOG.error("The live simulator of {} stopped: {}", name, e.getMessage(), e);
        }
    }

    /** Stops the thread and writes what it had buffered. */
    @Override
    public void close() throws InterruptedException {
        Thread current;
        synchronized (this) {
            current = thread;
            running = false;
        }
        if (current != null) {
            current.join(10_000);
        }
    }
}
