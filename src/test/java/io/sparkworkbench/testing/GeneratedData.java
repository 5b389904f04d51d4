package io.sparkworkbench.testing;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.datagen.GenerationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Data sets generated once per test JVM and shared read-only by the tests that inspect them. */
public final class GeneratedData {

    public static final long SEED = 42;
    private static final Map<Double, GenerationResult> CACHE = new HashMap<>();

    private GeneratedData() {
    }

    public static synchronized GenerationResult parquet(double scale) {
        return CACHE.computeIfAbsent(scale, s -> {
            SparkEngine engine = SharedSparkEngine.get();
            Path folder = tempFolder("generated-" + s);
            return new DataGenService(engine).generate(GenerationRequest.allTables(s, SEED, folder, DataFormat.PARQUET))
                    .task().future().join();
        });
    }

    /**
     * Registers the tables of the generated data set at {@code scale} in the shared session (other tests may
     * have opened another) and returns its model key.
     */
    public static io.sparkworkbench.engine.ml.DatasetKey openShared(double scale) {
        Path folder = parquet(scale).folder();
        SparkEngine engine = SharedSparkEngine.get();
        engine.submit("test: open " + folder.getFileName(),
                ctx -> io.sparkworkbench.engine.dataset.DatasetCatalog.register(ctx, folder)).future().join();
        return engine.submitFileWork("test: key", () -> io.sparkworkbench.engine.ml.DatasetKey.of(folder)).future().join();
    }

    public static Path tempFolder(String prefix) {
        try {
            Path base = Path.of(System.getProperty("java.io.tmpdir"));
            return Files.createTempDirectory(base, "workbench-" + prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
