package io.sparkworkbench.engine.stream.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes events as JSON-lines files into a folder a file source watches: each file is written under a hidden
 * name (a leading dot, which Spark's file source skips) and then renamed, so no query sees half a file.
 */
public final class EventFiles {

    private final Path folder;
    private final String prefix;
    private final AtomicLong next = new AtomicLong();

    public EventFiles(Path folder, String prefix) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.prefix = prefix;
    }

    public Path folder() {
        return folder;
    }

    /** Writes one file of {@code events}; returns it. */
    public Path write(List<LiveEvent> events) throws IOException {
        StringBuilder text = new StringBuilder(events.size() * 230);
        for (LiveEvent e : events) {
            text.append(e.json()).append('\n');
        }
        String name = String.format("%s-%08d.json", prefix, next.getAndIncrement());
        Path temp = folder.resolve("." + name + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        return Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
