package io.sparkworkbench.engine.datagen;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.FileTrees;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * Tables are written under a hidden staging folder inside the output folder and moved into place only
 * when every table of the run succeeded, so a stopped or failed run never leaves a table that looks
 * complete (nor removes the tables a previous run left there).
 */
final class StagedOutput implements AutoCloseable {

    /** How a folder is moved; tests inject one that fails, since permission bits do not stop root. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StagedOutput.class);
    private static final Mover ATOMIC = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);

    private final Path folder;
    private final Path staging;
    private final Mover mover;
    private boolean committed;

    StagedOutput(Path folder) {
        this(folder, ATOMIC);
    }

    StagedOutput(Path folder, Mover mover) {
        this.mover = mover;
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

    /**
     * Moves every staged table into place, replacing an older table of the same name. All or nothing: if
     * a move fails, the tables already moved go back to staging and the replaced ones back into place,
     * so the folder is as before the run; the replaced tables are deleted only after full success.
     */
    void commit(Iterable<String> tables) {
        Path trash = folder.resolve(".replaced-" + UUID.randomUUID());
        Deque<String> placed = new ArrayDeque<>();
        Deque<String> replaced = new ArrayDeque<>();
        try {
            for (String table : tables) {
                Path target = folder.resolve(table);
                if (Files.exists(target)) {
                    Files.createDirectories(trash);
                    mover.move(target, trash.resolve(table));
                    replaced.push(table);
                }
                mover.move(staging.resolve(table), target);
                placed.push(table);
            }
        } catch (IOException e) {
            String outcome = rollBack(placed, replaced, trash);
            throw new EngineException("Could not move the generated tables into " + folder + ": " + e.getMessage()
                    + "; " + outcome, e);
        }
        committed = true;
        FileTrees.deleteQuietly(trash);
    }

    /** Undoes a partial commit, newest first; says where the old tables are if they cannot go back. */
    private String rollBack(Deque<String> placed, Deque<String> replaced, Path trash) {
        try {
            for (String table : placed) {
                mover.move(folder.resolve(table), staging.resolve(table));
            }
            for (String table : replaced) {
                mover.move(trash.resolve(table), folder.resolve(table));
            }
        } catch (IOException e) {
            LOG.warn("Could not roll back the commit into {}", folder, e);
            return "the replaced tables could not all be put back and are kept in " + trash;
        }
        FileTrees.deleteQuietly(trash);
        return "the previous tables were kept";
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
        FileTrees.deleteQuietly(staging);
    }

    boolean committed() {
        return committed;
    }


    private static String reason(FileSystemException e) {
        String reason = e.getReason();
        return reason == null ? e.getClass().getSimpleName() : reason;
    }
}
