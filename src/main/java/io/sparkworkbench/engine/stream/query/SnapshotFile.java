package io.sparkworkbench.engine.stream.query;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A live query's driver-side state on disk, beside Spark's own checkpoint ({@code checkpoints/<query>/workbench/}),
 * written after every batch it folded: with the last batch id inside, it makes the sink exactly-once across a
 * killed JVM. Spark replays the batch it had not committed; a replay of a batch this file already holds is
 * skipped, one it does not hold is folded. Written whole to a temp file, then renamed over the old one, so a
 * kill leaves the old state or the new, never half of one. Plain {@code java.io} streams: an interrupt (Stop
 * mid-batch) cannot close them half-written the way it closes an NIO channel. No fsync: a killed process
 * loses nothing the kernel has; a power cut may lose the last batches, which Spark then replays.
 */
public final class SnapshotFile {

    private final Path file;

    SnapshotFile(Path checkpointFolder) {
        this(checkpointFolder, "snapshot.bin");
    }

    /** {@code checkpoints/<query>/workbench/<name>}: another piece of driver-side state beside the checkpoint. */
    public SnapshotFile(Path checkpointFolder, String name) {
        this.file = checkpointFolder.resolve("workbench").resolve(name);
    }

    public Path path() {
        return file;
    }

    public Optional<byte[]> read() throws IOException {
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    public void write(byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
            out.write(bytes);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
