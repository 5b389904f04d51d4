package io.sparkworkbench.engine.stream.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the watched folder's disk use bounded: deletes the event files that every query reading the folder has
 * consumed and committed ({@link ConsumedFiles}). Several live queries read one folder, so Spark's own
 * {@code cleanSource=delete} cannot be used there (a query would delete files another has not read yet: Spark's
 * documentation says the option needs a single reader); see ADR 0027. With no consumer, nothing is deleted.
 */
public final class IncomingSweeper {

    private final ConsumedFiles consumed = new ConsumedFiles();

    /** What one sweep removed. */
    public record Sweep(int files, long bytes) {
    }

    /** Deletes files of {@code folders}' incoming folder consumed by every query of {@code checkpoints}. */
    public Sweep sweep(StreamFolders folders, Collection<Path> checkpoints) {
        if (checkpoints.isEmpty() || !Files.isDirectory(folders.incoming())) {
            return new Sweep(0, 0);
        }
        Set<String> everywhere = null;
        for (Path checkpoint : checkpoints) {
            Set<String> names = consumed.committedFileNames(checkpoint);
            if (everywhere == null) {
                everywhere = new HashSet<>(names);
            } else {
                everywhere.retainAll(names);
            }
            if (everywhere.isEmpty()) {
                return new Sweep(0, 0);
            }
        }
        Set<String> consumedByAll = everywhere;
        int files = 0;
        long bytes = 0;
        try (Stream<Path> listing = Files.list(folders.incoming())) {
            for (Path file : listing.filter(f -> consumedByAll.contains(f.getFileName().toString())).toList()) {
                long size = Files.size(file);
                if (Files.deleteIfExists(file)) {
                    files++;
                    bytes += size;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove consumed live events from " + folders.incoming(), e);
        }
        return new Sweep(files, bytes);
    }
}
