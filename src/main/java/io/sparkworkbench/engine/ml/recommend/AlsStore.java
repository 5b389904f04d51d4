package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.ModelFolders;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.spark.ml.recommendation.ALSModel;

/**
 * The recommendation model on disk: {@code <model folder>/model/} (Spark ML persistence of the ALSModel) and
 * {@code als.properties} (request, evaluation, counts, fit time, when, and the data set's fingerprint). Saved
 * through {@link ModelFolders#replace}, so a failed save leaves the previous model loadable.
 */
final class AlsStore {

    private static final String MODEL = "model";

    private final Path folder;

    AlsStore(Path folder) {
        this.folder = folder;
    }

    static AlsStore of(Path dataFolder, DatasetKey key) {
        return new AlsStore(key.modelFolder(dataFolder, RecommendService.MODEL_NAME));
    }

    Path folder() {
        return folder;
    }

    void save(TrainedAls trained) {
        ModelFolders.replace(folder, staging -> {
            Files.createDirectories(staging);
            trained.model().write().save(staging.resolve(MODEL).toUri().toString());
            try (Writer out = Files.newBufferedWriter(staging.resolve(RecommendResultProperties.FILE_NAME), StandardCharsets.UTF_8)) {
                RecommendResultProperties.write(trained.result()).store(out, "Spark Workbench recommendation model");
            }
        });
    }

    /** The model saved here for {@code key}; empty when nothing is; fails naming the problem when it cannot be used. */
    Optional<TrainedAls> load(DatasetKey key) {
        Path file = folder.resolve(RecommendResultProperties.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        RecommendResult result;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            String saved = p.getProperty(RecommendResultProperties.FINGERPRINT);
            if (saved == null) {
                throw new IllegalArgumentException("the key " + RecommendResultProperties.FINGERPRINT + " is missing");
            }
            if (!saved.trim().equals(key.fingerprint())) {
                throw new EngineException("The recommendation model in " + folder + " was trained on another data set (" + saved.trim()
                        + ", not " + key.fingerprint() + "); train it again for this one");
            }
            result = RecommendResultProperties.read(p, key);
        } catch (IOException | IllegalArgumentException e) {
            throw new EngineException("The saved recommendation model in " + folder + " cannot be read (" + file.getFileName() + ": "
                    + e.getMessage() + "); train it again to replace it", e);
        }
        Path model = folder.resolve(MODEL);
        if (!Files.isDirectory(model)) {
            throw new EngineException("The saved recommendation model in " + folder + " lacks its ALS model (" + MODEL
                    + "/); train it again to replace it");
        }
        try {
            return Optional.of(new TrainedAls(ALSModel.load(model.toUri().toString()).setColdStartStrategy("drop"), result));
        } catch (RuntimeException e) {
            throw new EngineException("The saved ALS model in " + model + " cannot be loaded: " + e.getMessage()
                    + "; train it again to replace it", e);
        }
    }
}
