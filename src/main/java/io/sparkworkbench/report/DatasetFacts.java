package io.sparkworkbench.report;

import io.sparkworkbench.engine.dataset.DatasetManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the report says of the data set: its folder, scale and seed, when it was generated and each table's rows,
 * from the manifest a generated folder carries. A folder without one (imported data) has none of these: the
 * report then says the data set was not generated here.
 *
 * @param generatedAt when the manifest was written, i.e. when the generation finished (empty without a manifest)
 * @param rows        rows per table as the manifest records them, in its order
 */
public record DatasetFacts(Path folder, Optional<String> scale, Optional<String> seed, Optional<Instant> generatedAt,
                           Map<String, Long> rows) {

    public DatasetFacts {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** Reads the manifest of {@code folder} (disk IO: never on the JavaFX thread). */
    public static DatasetFacts read(Path folder) {
        Optional<DatasetManifest> manifest = DatasetManifest.read(folder);
        if (manifest.isEmpty()) {
            return new DatasetFacts(folder, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        manifest.get().tables().forEach((table, entry) -> rows.put(table, entry.rows()));
        Optional<Instant> written;
        try {
            written = Optional.of(Files.getLastModifiedTime(folder.resolve(DatasetManifest.FILE_NAME)).toInstant());
        } catch (IOException e) {
            written = Optional.empty();
        }
        return new DatasetFacts(folder, blankless(manifest.get().scale()), blankless(manifest.get().seed()), written, rows);
    }

    public boolean generated() {
        return scale.isPresent() || !rows.isEmpty();
    }

    private static Optional<String> blankless(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
