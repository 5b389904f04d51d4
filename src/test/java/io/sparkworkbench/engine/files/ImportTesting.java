package io.sparkworkbench.engine.files;

import io.sparkworkbench.engine.sql.InputFileException;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Helpers the import tests share: the checked-in inputs, running a task to its end, querying a view. */
final class ImportTesting {

    static final Path BAD_INPUTS = Path.of("src/test/resources/bad-inputs").toAbsolutePath();
    static final ImportService SERVICE = new ImportService(SharedSparkEngine.get());

    private ImportTesting() {
    }

    static Path badInput(String name) {
        return BAD_INPUTS.resolve(name);
    }

    static ImportResult importAs(Path path, ImportOptions options, String view) {
        return SERVICE.importAs(path, options, view).future().join();
    }

    static ImportPreview preview(Path path, ImportOptions options, int rows) {
        return SERVICE.preview(path, options, rows).future().join();
    }

    /** The InputFileException a task failed with (the test fails if it succeeded or failed otherwise). */
    static InputFileException failure(Runnable action) {
        try {
            action.run();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InputFileException input) {
                return input;
            }
            throw new AssertionError("expected an InputFileException, got " + e.getCause(), e.getCause());
        } catch (InputFileException e) {
            return e;
        }
        throw new AssertionError("expected the import to fail");
    }

    static SparkSession spark() {
        return SharedSparkEngine.get().awaitSession();
    }

    static List<Row> sql(String query) {
        return spark().sql(query).collectAsList();
    }

    static List<String> strings(String query) {
        return sql(query).stream().map(r -> r.isNullAt(0) ? null : r.get(0).toString()).toList();
    }
}
