package io.sparkworkbench.engine.datagen;

import io.sparkworkbench.engine.EngineException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Tables are written under a hidden staging folder inside the output folder and moved into place only
 * when every table of the run succeeded, so a stopped or failed run never leaves a table that looks
 * complete (nor removes the tables a previous run left there).
 */
final class StagedOutput implements AutoCloseable {

    private final Path folder;
    private final Path staging;
    private boolean committed;

    StagedOutput(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.folder);
            if (!Files.isWritable(this.folder)) {
                throw new AccessDeniedException(this.folder.toString());
            }
            this.staging = Files.createDirectory(this.folder.resolve(".staging-" + UUID.randomUUID()));
        } catch (AccessDeniedException e) {
            throw new EngineException("Cannot write to " + this.folder + ": permission denied", e);
        } catch (FileSystemException e) {
            throw new EngineException("Cannot write to " + this.folder + ": " + reason(e), e);
        } catch (IOException e) {
            throw new EngineException("Cannot write to " + this.folder + ": " + e.getMessage(), e);
        }
    }

    Path folder() {
        return folder;
    }

    Path stagingFor(String table) {
        return staging.resolve(table);
    }

    /** Moves every staged table into place, replacing an older table of the same name. */
    void commit(Iterable<String> tables) {
        Path trash = folder.resolve(".replaced-" + UUID.randomUUID());
        try {
            for (String table : tables) {
                Path target = folder.resolve(table);
                if (Files.exists(target)) {
                    Files.createDirectories(trash);
                    Files.move(target, trash.resolve(table), StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(staging.resolve(table), target, StandardCopyOption.ATOMIC_MOVE);
            }
            committed = true;
        } catch (IOException e) {
            throw new EngineException("Could not move the generated tables into " + folder + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(trash);
        }
    }

    void writeFile(String name, String content) {
        try {
            Path temp = Files.writeString(staging.resolve(name + ".tmp"), content);
            Files.move(temp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EngineException("Could not write " + folder.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        deleteQuietly(staging);
    }

    boolean committed() {
        return committed;
    }

    static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            org.slf4j.LoggerFactory.getLogger(StagedOutput.class).warn("Could not delete {}", path, e);
        }
    }

    private static String reason(FileSystemException e) {
        String reason = e.getReason();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }
}
