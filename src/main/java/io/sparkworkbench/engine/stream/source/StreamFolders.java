package io.sparkworkbench.engine.stream.source;

import io.sparkworkbench.engine.EngineException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where one live source keeps its files: {@code <data folder>/streams/<name>/incoming}, the folder Spark's
 * file source watches, and {@code .../staging} beside it, where files are written before the atomic rename
 * into {@code incoming}. Same parent, so the same file system, so the rename is atomic.
 */
public record StreamFolders(Path root, Path incoming, Path staging) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,99}");

    public static StreamFolders of(Path dataFolder, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new EngineException("The live source name '" + name + "' cannot name a folder:"
                    + " use 1 to 100 letters, digits, _ or - (not starting with -)");
        }
        Path root = dataFolder.resolve("streams").resolve(name);
        return new StreamFolders(root, root.resolve("incoming"), root.resolve("staging"));
    }

    /** Creates both folders; a folder that cannot be made is named in the message. */
    public StreamFolders create() {
        for (Path folder : new Path[] {incoming, staging}) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new EventWriteException("Cannot create the live events folder " + folder + ": " + EventWriteException.reason(e), e);
            }
        }
        return this;
    }

    /** Bytes of the event files waiting in {@code incoming} (not yet removed after the stream consumed them). */
    public long incomingBytes() {
        if (!Files.isDirectory(incoming)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(incoming)) {
            return files.mapToLong(StreamFolders::sizeOrZero).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // removed between the listing and now: consumed, not waiting
        }
    }
}
