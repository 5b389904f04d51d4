package io.sparkworkbench.engine.stream.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Batches events into JSON-lines files: each is written whole under {@code staging/}, then renamed into the
 * watched {@code incoming/} folder with {@link StandardCopyOption#ATOMIC_MOVE}, so Spark's file source never
 * lists half a file. A file is cut every {@code maxDelayMillis} or {@code maxEvents}, whichever comes first.
 * File names carry the writer's run (its start time) and a sequence number: the file source remembers the
 * paths it has read, so a name must never come back, not even after the simulator restarts. One thread.
 */
public final class AtomicEventWriter {

    public static final int DEFAULT_MAX_EVENTS = 10_000;
    public static final long DEFAULT_MAX_DELAY_MILLIS = 250;

    private final StreamFolders folders;
    private final String runId;
    private final int maxEvents;
    private final long maxDelayMillis;
    private final TimestampText times = new TimestampText();
    private final StringBuilder buffer = new StringBuilder(1 << 20);
    private int buffered;
    private long firstBufferedAt;
    private long sequence;
    private volatile long filesWritten;
    private volatile long eventsWritten;
    private volatile long bytesWritten;

    public AtomicEventWriter(StreamFolders folders, String runId, int maxEvents, long maxDelayMillis) {
        if (maxEvents < 1 || maxDelayMillis < 1) {
            throw new IllegalArgumentException("A file holds at least one event and waits at least 1 ms");
        }
        this.folders = folders.create();
        this.runId = runId;
        this.maxEvents = maxEvents;
        this.maxDelayMillis = maxDelayMillis;
    }

    /** Buffers one event; cuts a file when the buffer holds {@code maxEvents}. */
    public void add(LiveEvent event, long nowMillis) {
        if (buffered == 0) {
            firstBufferedAt = nowMillis;
        }
        event.appendJson(buffer, times);
        buffered++;
        if (buffered >= maxEvents) {
            flush();
        }
    }

    /** Cuts a file if the oldest buffered event has waited {@code maxDelayMillis}. */
    public void flushIfDue(long nowMillis) {
        if (buffered > 0 && nowMillis - firstBufferedAt >= maxDelayMillis) {
            flush();
        }
    }

    /** Writes what is buffered as one file, atomically renamed into the watched folder. */
    public void flush() {
        if (buffered == 0) {
            return;
        }
        String name = String.format("events-%s-%08d.json", runId, sequence);
        Path temp = folders.staging().resolve(name + ".tmp");
        Path target = folders.incoming().resolve(name);
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new EventWriteException("Cannot write live events into " + folders.staging() + ": " + EventWriteException.reason(e), e);
        }
        try {
            if (Files.exists(target)) {
                // On Linux a rename silently replaces the target: refuse instead of losing events.
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new EventWriteException("Cannot move live events into " + folders.incoming() + ": " + EventWriteException.reason(e), e);
        }
        sequence++;
        filesWritten++;
        eventsWritten += buffered;
        bytesWritten += bytes.length;
        buffer.setLength(0);
        buffered = 0;
    }

    public long filesWritten() {
        return filesWritten;
    }

    public long eventsWritten() {
        return eventsWritten;
    }

    public long bytesWritten() {
        return bytesWritten;
    }

    public StreamFolders folders() {
        return folders;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write already failed; that failure is what the user must read
        }
    }
}
