package io.sparkworkbench.engine.ml.churn;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.ml.ModelFolders;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.spark.ml.PipelineModel;

/**
 * The churn model on disk: {@code <model folder>/lr/}, {@code <model folder>/rf/} or {@code gbt/} (Spark ML
 * pipelines) and {@code churn.properties}, replaced as a whole by {@link ModelFolders#replace}, so a failed
 * save leaves the previous model as it was.
 */
final class ChurnStore {

    private final Path folder;

    ChurnStore(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    boolean exists() {
        return Files.isRegularFile(folder.resolve(ChurnResultProperties.FILE_NAME));
    }

    void save(Map<ModelKind, PipelineModel> models, ChurnResult result, String fingerprint) {
        ModelFolders.replace(folder, staging -> {
            Files.createDirectories(staging);
            for (Map.Entry<ModelKind, PipelineModel> e : models.entrySet()) {
                e.getValue().write().save(staging.resolve(e.getKey().folderName()).toUri().toString());
            }
            try (Writer out = Files.newBufferedWriter(staging.resolve(ChurnResultProperties.FILE_NAME), StandardCharsets.UTF_8)) {
                ChurnResultProperties.write(result, fingerprint).store(out, "Spark Workbench churn model");
            }
        });
    }

    /** The saved result (without scores), or empty when nothing is saved here. */
    Optional<ChurnResult> readResult() {
        if (!exists()) {
            return Optional.empty();
        }
        Path file = folder.resolve(ChurnResultProperties.FILE_NAME);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(ChurnResultProperties.read(p));
        } catch (IOException | RuntimeException e) {
            throw new EngineException("The saved churn model in " + folder + " cannot be read (" + file.getFileName() + ": "
                    + e.getMessage() + "); train it again to replace it", e);
        }
    }

    PipelineModel load(ModelKind kind) {
        Path model = folder.resolve(kind.folderName());
        if (!Files.isDirectory(model)) {
            throw new EngineException("The saved churn model in " + folder + " lacks its " + kind.label() + " (" + model.getFileName()
                    + "/); train it again to replace it");
        }
        try {
            return PipelineModel.load(model.toUri().toString());
        } catch (RuntimeException e) {
            throw new EngineException("The saved " + kind.label() + " in " + model + " cannot be loaded: " + e.getMessage()
                    + "; train it again to replace it", e);
        }
    }
}
