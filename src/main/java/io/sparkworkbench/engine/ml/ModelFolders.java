package io.sparkworkbench.engine.ml;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.FolderSwap;
import java.nio.file.Path;

/**
 * Replaces a saved model folder as a whole: the new model is written beside it and swapped in by renames,
 * so a save that fails half-way (full disk, Stop) leaves the previous model loadable.
 */
public final class ModelFolders {

    private ModelFolders() {
    }

    /**
     * Serialized: the staging and backup folders have fixed names (so the next save clears what a crash
     * left), and two saves of one model at once (two trainings of the same data set) must not share them.
     */
    public static synchronized void replace(Path target, FolderSwap.Writer writer) {
        try {
            FolderSwap.replace(target, ".saving", writer);
        } catch (Exception e) {
            // Exception, not only IOException: Spark's Scala code may throw its checked SparkException undeclared.
            throw new EngineException("Cannot save the model to " + target + ": " + e.getMessage(), e);
        }
    }
}
