package io.sparkworkbench.engine.files;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.FileTrees;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hidden staging folder an export is written into, beside its target (same file system, so moves
 * are renames), and the swap that puts it in place: the old target moves aside to a hidden backup, the
 * new output moves in, then the backup is deleted; if the move in fails, the backup goes back.
 */
final class StagedExport implements AutoCloseable {

    /** How paths are moved; tests inject one that fails, since permission bits do not stop root. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(StagedExport.class);
    static final Mover RENAME = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);

    private final Path target;
    private final Path staging;
    private final Mover mover;

    private StagedExport(Path target, Mover mover) {
        this.target = target;
        this.mover = mover;
        this.staging = target.getParent().resolve("." + target.getFileName() + ".staging-" + UUID.randomUUID());
    }

    /** Checks the target's folder can take the export (creating it if needed); Spark creates the staging folder. */
    static StagedExport beside(Path target, Mover mover) {
        Path parent = target.getParent();
        if (parent == null) {
            throw new EngineException("Cannot export to " + target + ": it has no parent folder");
        }
        try {
            if (Files.exists(parent) && !Files.isDirectory(parent)) {
                throw new FileAlreadyExistsException(parent.toString());
            }
            Files.createDirectories(parent);
            if (!Files.isWritable(parent)) {
                throw new AccessDeniedException(parent.toString());
            }
        } catch (FileAlreadyExistsException e) {
            throw new EngineException("Cannot export to " + target + ": " + e.getFile() + " is a file, not a folder", e);
        } catch (AccessDeniedException e) {
            throw new EngineException("Cannot export to " + target + ": " + e.getFile() + " is not writable (permission denied)", e);
        } catch (IOException e) {
            throw new EngineException("Cannot export to " + target + ": " + reason(e), e);
        }
        return new StagedExport(target, mover);
    }

    Path folder() {
        return staging;
    }

    /** The one data file Spark wrote into the staging folder (a write of one partition). */
    Path singleDataFile() {
        List<Path> files = dataFiles();
        if (files.size() != 1) {
            throw new EngineException("Expected one data file for " + target + " but Spark wrote " + files.size());
        }
        return files.get(0);
    }

    /** Bytes of the data files written (not Spark's markers). */
    long dataBytes() {
        long bytes = 0;
        for (Path file : dataFiles()) {
            bytes += file.toFile().length();
        }
        return bytes;
    }

    private List<Path> dataFiles() {
        try (Stream<Path> walk = Files.walk(staging)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                return !name.startsWith(".") && !name.startsWith("_");
            }).sorted().toList();
        } catch (IOException e) {
            throw new EngineException("Cannot list what Spark wrote for " + target + ": " + reason(e), e);
        }
    }

    /** Moves {@code output} (the staging folder or a file in it) to the target. Returns whether it replaced something. */
    boolean commit(Path output) {
        boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        Path backup = target.getParent().resolve("." + target.getFileName() + ".replaced-" + UUID.randomUUID());
        try {
            if (existed) {
                mover.move(target, backup);
            }
        } catch (IOException e) {
            throw new EngineException("Cannot replace " + target + ": " + reason(e) + "; it was left as it was", e);
        }
        try {
            mover.move(output, target);
        } catch (IOException e) {
            String outcome = existed ? restore(backup) : "nothing was written";
            throw new EngineException("Could not move the export into " + target + ": " + reason(e) + "; " + outcome, e);
        }
        if (existed) {
            FileTrees.deleteQuietly(backup);
        }
        return existed;
    }

    private String restore(Path backup) {
        try {
            mover.move(backup, target);
            return "the previous data were kept";
        } catch (IOException e) {
            LOG.warn("Could not put {} back to {}", backup, target, e);
            return "the previous data could not be put back and are kept in " + backup;
        }
    }

    /** Removes the staging folder: after a commit it holds only Spark's markers, after a failure a partial write. */
    @Override
    public void close() {
        FileTrees.deleteQuietly(staging);
    }

    static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " (" + fs.getFile() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

}
