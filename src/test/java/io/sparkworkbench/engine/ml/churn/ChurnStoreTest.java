package io.sparkworkbench.engine.ml.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.ml.DatasetKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.ml.PipelineModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChurnStoreTest {

    @Test
    void aFailedSaveLeavesThePreviousModelAndNoStagingFolder(@TempDir Path dir) throws Exception {
        ChurnResult trained = ChurnTesting.trainedDefaults(0.2);
        DatasetKey key = ChurnTesting.open(0.2);
        Path folder = key.modelFolder(ChurnTesting.engine().settings().dataFolder(), ChurnService.MODEL_NAME);
        ChurnStore store = new ChurnStore(folder);
        // Whichever model another test saved last for this data set: the one a failed save must leave.
        ChurnResult saved = store.readResult().orElseThrow();
        PipelineModel lr = store.load(ModelKind.LOGISTIC_REGRESSION);
        // A result the properties writer cannot write (no training time): the save fails after the models are written.
        ChurnResult broken = new ChurnResult(saved.request(), saved.cutoff(), saved.featureDate(), saved.dataEnd(), saved.features(),
                saved.baseChurnRate(), saved.trainCount(), saved.testCount(), saved.models(), saved.best(), saved.preview(),
                saved.scoredCount(), saved.bandCounts(), null, false, Optional.empty());
        assertThatThrownBy(() -> store.save(Map.of(ModelKind.LOGISTIC_REGRESSION, lr), broken, key.fingerprint()))
                .isInstanceOf(EngineException.class).hasMessageContaining("Cannot save the model to " + folder);
        assertThat(store.readResult()).get().extracting(ChurnResult::trainedAt).isEqualTo(saved.trainedAt());
        assertThat(Files.isDirectory(folder.resolve(saved.best().folderName()))).isTrue();
        assertThat(trained.saveProblem()).isEmpty();
        try (Stream<Path> siblings = Files.list(folder.getParent())) {
            // Other models of this data set (the segmentation) may sit beside it; no churn staging folder may.
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.contains(ChurnService.MODEL_NAME)))
                    .containsExactly(ChurnService.MODEL_NAME);
        }
    }

    @Test
    void anUnreadableSavedModelIsNamedWithItsFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(ChurnResultProperties.FILE_NAME), "format.version=1\n");
        assertThatThrownBy(() -> new ChurnStore(dir).readResult()).isInstanceOf(EngineException.class)
                .hasMessageContaining("The saved churn model in " + dir + " cannot be read").hasMessageContaining("is missing")
                .hasMessageContaining("train it again");
    }
}
