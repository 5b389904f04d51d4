package io.sparkworkbench.engine.ml.segment;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.ModelFolders;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.spark.ml.PipelineModel;

/**
 * The saved segmentation of a data set: {@code models/<dataset>/segmentation/} holds the Spark ML pipeline
 * ({@code pipeline/}, which the streaming tab loads to score live events) and {@code segmentation.properties}
 * (the request, the fitted cost and the segment names the user kept).
 */
public final class SegmentationStore {

    public static final String MODEL = "segmentation";
    public static final String PIPELINE = "pipeline";
    private static final String META = "segmentation.properties";

    private final Path folder;
    private final DatasetKey key;

    public SegmentationStore(Path dataFolder, DatasetKey key) {
        this.key = key;
        this.folder = key.modelFolder(dataFolder, MODEL);
    }

    public Path folder() {
        return folder;
    }

    public void save(PipelineModel model, SegmentationRequest request, double wssse, List<String> names) {
        ModelFolders.replace(folder, staging -> {
            model.write().overwrite().save(staging.resolve(PIPELINE).toString());
            writeMeta(staging.resolve(META), request, wssse, names);
        });
    }

    /** Only the names change: the pipeline stays as it is. */
    public void rename(SegmentationRequest request, double wssse, List<String> names) {
        Path meta = folder.resolve(META);
        Path temp = folder.resolve(META + ".tmp");
        try {
            writeMeta(temp, request, wssse, names);
            Files.move(temp, meta, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new EngineException("Cannot save the segment names to " + meta + ": " + e.getMessage(), e);
        }
    }

    public record Loaded(PipelineModel model, SegmentationRequest request, double wssse, List<String> names) {
    }

    public Optional<Loaded> load() {
        Path meta = folder.resolve(META);
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new EngineException("Cannot read the saved segmentation " + meta + ": " + e.getMessage(), e);
        }
        if (!key.fingerprint().equals(p.getProperty("dataset"))) {
            return Optional.empty();
        }
        try {
            SegmentationRequest request = new SegmentationRequest(list(p.getProperty("features")),
                    new LinkedHashSet<>(list(p.getProperty("log"))), Integer.parseInt(p.getProperty("k")),
                    Integer.parseInt(p.getProperty("maxIterations")), Long.parseLong(p.getProperty("seed")));
            List<String> names = new ArrayList<>();
            for (int s = 0; s < request.k(); s++) {
                names.add(p.getProperty("name." + s, "Segment " + s));
            }
            PipelineModel model = PipelineModel.load(folder.resolve(PIPELINE).toString());
            return Optional.of(new Loaded(model, request, Double.parseDouble(p.getProperty("wssse", "NaN")), names));
        } catch (RuntimeException e) {
            throw new EngineException("The saved segmentation in " + folder + " cannot be loaded (" + e.getMessage()
                    + "); train the model again to replace it", e);
        }
    }

    private void writeMeta(Path file, SegmentationRequest request, double wssse, List<String> names) throws IOException {
        Properties p = new Properties();
        p.setProperty("dataset", key.fingerprint());
        p.setProperty("features", String.join(",", request.features()));
        p.setProperty("log", String.join(",", request.logFeatures()));
        p.setProperty("k", Integer.toString(request.k()));
        p.setProperty("maxIterations", Integer.toString(request.maxIterations()));
        p.setProperty("seed", Long.toString(request.seed()));
        p.setProperty("wssse", Double.toString(wssse));
        for (int s = 0; s < names.size(); s++) {
            p.setProperty("name." + s, names.get(s));
        }
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "Spark Workbench segmentation model");
        }
    }

    private static List<String> list(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
    }
}
