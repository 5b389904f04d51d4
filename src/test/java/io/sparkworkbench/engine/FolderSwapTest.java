package io.sparkworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.ml.ModelFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSwapTest {

    @TempDir
    Path root;

    @Test
    void theNewContentReplacesTheOldAsAWholeAndNothingIsLeftBeside() throws Exception {
        Path target = root.resolve("model");
        FolderSwap.replace(target, ".saving", staging -> write(staging, "a.txt", "first"));
        FolderSwap.replace(target, ".saving", staging -> write(staging, "b.txt", "second"));
        assertThat(target.resolve("b.txt")).hasContent("second");
        assertThat(target.resolve("a.txt")).doesNotExist();
        assertThat(root).isDirectoryNotContaining(p -> !p.equals(target));
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousFolderAndRethrowsTheWritersOwnException() throws Exception {
        Path target = root.resolve("step");
        FolderSwap.replace(target, ".writing", staging -> write(staging, "a.txt", "kept"));
        IllegalStateException failure = new IllegalStateException("disk full");
        assertThatThrownBy(() -> FolderSwap.replace(target, ".writing", staging -> {
            write(staging, "half.txt", "half");
            throw failure;
        })).isSameAs(failure);
        assertThat(target.resolve("a.txt")).hasContent("kept");
        assertThat(root.resolve("step.writing")).doesNotExist();
    }

    /** Spark's Scala code throws its checked SparkException without declaring it; a model save must still clean up. */
    @Test
    void aCheckedExceptionThrownUndeclaredStillRestoresAndBecomesTheModelSavesMessage() throws Exception {
        Path target = root.resolve("als");
        ModelFolders.replace(target, staging -> write(staging, "model.txt", "v1"));
        assertThatThrownBy(() -> ModelFolders.replace(target, staging -> {
            write(staging, "model.txt", "v2");
            throw FolderSwapTest.<RuntimeException>sneaky(new Exception("Job 7 cancelled"));
        })).isInstanceOf(EngineException.class).hasMessageContaining("Cannot save the model to " + target).hasMessageContaining("Job 7 cancelled");
        assertThat(target.resolve("model.txt")).hasContent("v1");
        assertThat(root.resolve("als.saving")).doesNotExist();
        assertThat(root.resolve("als.previous")).doesNotExist();
    }

    private static void write(Path folder, String name, String text) throws java.io.IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), text);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
