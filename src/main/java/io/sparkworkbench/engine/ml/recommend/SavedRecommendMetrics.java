package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.ml.DatasetKey;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The saved recommendation model's evaluation without loading the model itself: for readers such as the
 * dashboard, which show the metrics and need no factors. Reads {@code als.properties} only.
 */
public final class SavedRecommendMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(SavedRecommendMetrics.class);

    private SavedRecommendMetrics() {
    }

    /**
     * The result saved for {@code key} under {@code dataFolder}; empty when none is saved, it belongs to another
     * data set, or it cannot be read (logged: the Recommendations tab explains such a file when it opens it).
     */
    public static Optional<RecommendResult> read(Path dataFolder, DatasetKey key) {
        Path file = AlsStore.of(dataFolder, key).folder().resolve(RecommendResultProperties.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            if (!key.fingerprint().equals(String.valueOf(p.getProperty(RecommendResultProperties.FINGERPRINT)).trim())) {
                return Optional.empty();
            }
            return Optional.of(RecommendResultProperties.read(p, key));
        } catch (IOException | IllegalArgumentException e) {
            LOG.info("Saved recommendation metrics in {} not read: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
