package io.sparkworkbench.engine.explore;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import java.nio.file.Path;
import java.util.Optional;

/** Imports files as temporary views: options suggested from the file, a live preview, then the import. */
public final class ImportService {

    private final SparkEngine engine;

    public ImportService(SparkEngine engine) {
        this.engine = engine;
    }

    /** Options that fit the file: format from the extension or the folder's files, delimiter from the first line. */
    public static ImportOptions suggestOptions(Path path) {
        throw new UnsupportedOperationException("in progress");
    }

    /** A view name from the file name: letters, digits and _, not starting with a digit. */
    public static String suggestViewName(Path path) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Why {@code name} cannot be a view name, or empty when it can. */
    public static Optional<String> checkViewName(String name) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The first {@code rows} rows as the import would read them; registers nothing. */
    public EngineTask<ImportPreview> preview(Path path, ImportOptions options, int rows) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Registers {@code path} as the temporary view {@code view} (replacing one of that name) and counts it. */
    public EngineTask<ImportResult> importAs(Path path, ImportOptions options, String view) {
        throw new UnsupportedOperationException("in progress");
    }
}
