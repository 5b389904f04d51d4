package io.sparkworkbench.engine.ml;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a saved model folder as a whole: the new model is written beside it and swapped in by renames,
 * so a save that fails half-way (full disk, Stop) leaves the previous model loadable.
 */
public final class ModelFolders {

    private ModelFolders() {
    }

    @FunctionalInterface
    public interface Writer {
        void writeInto(Path staging) throws IOException;
    }

    /**
     * Serialized: the staging and backup folders have fixed names (so the next save clears what a crash
     * left), and two saves of one model at once (two trainings of the same data set) must not share them.
     */
    public static synchronized void replace(Path target, Writer writer) {
        Path parent = target.getParent();
        Path staging = parent.resolve(target.getFileName() + ".saving");
        Path backup = parent.resolve(target.getFileName() + ".previous");
        try {
            Files.createDirectories(parent);
            FileTrees.deleteQuietly(staging);
            writer.writeInto(staging);
            FileTrees.deleteQuietly(backup);
            if (Files.exists(target)) {
                Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            FileTrees.deleteQuietly(backup);
        } catch (IOException | RuntimeException e) {
            FileTrees.deleteQuietly(staging);
            if (!Files.exists(target) && Files.exists(backup)) {
                try {
                    Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw new EngineException("Cannot save the model to " + target + ": " + e.getMessage(), e);
        }
    }
}
