package io.sparkworkbench.engine.stream.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Copies every file that appears in a watched folder into {@code copies}, polling every 10 ms: the session's sweeper
 * deletes a file once every query committed it, which takes at least a trigger and a batch, so the copies let a test
 * read what the source wrote. A file swept before the tap saw it is missed, not an error: tests read what was copied.
 */
final class FileTap implements AutoCloseable {

    private final Path watched;
    private final Path copies;
    private final Set<String> seen = new HashSet<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    private FileTap(Path watched, Path copies) {
        this.watched = watched;
        this.copies = copies;
        this.thread = new Thread(this::run, "test-file-tap");
        thread.setDaemon(true);
    }

    static FileTap start(Path watched, Path copies) {
        FileTap tap = new FileTap(watched, copies);
        tap.thread.start();
        return tap;
    }

    private void run() {
        try {
            while (running) {
                if (Files.isDirectory(watched)) {
                    copyNewFiles();
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private void copyNewFiles() {
        for (String name : LiveSessionFixture.fileNames(watched)) {
            if (seen.add(name)) {
                try {
                    Files.copy(watched.resolve(name), copies.resolve(name));
                } catch (NoSuchFileException swept) {
                    // deleted between the listing and the copy: missed
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Stops polling; throws what went wrong while copying. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(60_000);
        if (failure != null) {
            throw failure;
        }
    }
}
