package io.sparkworkbench.engine.files;

import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Imports files as temporary views: options suggested from the file, a live preview, then the import.
 * Problems with the input (missing, empty, binary, wrong format, bad option) fail the task with an
 * {@link io.sparkworkbench.engine.sql.InputFileException} whose message names the file.
 */
public final class ImportService {

    private final SparkEngine engine;

    public ImportService(SparkEngine engine) {
        this.engine = engine;
    }

    /** Said beside the file when the executors of a remote cluster must read it (see {@link SparkEngine#clusterPathWarning}). */
    public java.util.Optional<String> clusterWarning(Path path) {
        return engine == null ? java.util.Optional.empty() : engine.clusterPathWarning(path);
    }

    /**
     * Options that fit the file: format from the extension or the folder's files (else magic bytes),
     * delimiter and header from the first lines, multi-line for a JSON document. Reads at most 64 KB
     * and needs no Spark; throws {@link io.sparkworkbench.engine.sql.InputFileException} for a missing,
     * empty or data-less input.
     */
    public static ImportOptions suggestOptions(Path path) {
        return OptionSniffer.suggest(path);
    }

    /**
     * {@link #suggestOptions} on the engine's file threads, for callers that must not touch the disk
     * (the import dialog, on the JavaFX thread). Fails like it, with the same messages.
     */
    public EngineTask<ImportOptions> suggestOptionsInBackground(Path path) {
        return engine.submitFileWork("Read " + path.getFileName(), () -> OptionSniffer.suggest(path));
    }

    /** A view name from the file name: letters, digits and _, not starting with a digit. */
    public static String suggestViewName(Path path) {
        return ViewNames.suggest(path);
    }

    /** Why {@code name} cannot be a view name, or empty when it can. */
    public static Optional<String> checkViewName(String name) {
        return ViewNames.check(name);
    }

    /**
     * The first {@code rows} rows as the import would read them; registers nothing. Types come from the
     * first records only (at most 1 MB is read); malformed rows are shown in every parse mode, with
     * their raw text in a last {@code _corrupt_record} column, and a warning says what the import does with them.
     */
    public EngineTask<ImportPreview> preview(Path path, ImportOptions options, int rows) {
        return engine.submit("Preview " + path.getFileName(), context -> ImportPreviews.run(context, path, options, rows));
    }

    /**
     * Registers {@code path} as the temporary view {@code view} (replacing one of that name) and counts it.
     * With malformed rows, {@code <view>_malformed} lists them ({@code raw_record}, {@code source_file});
     * otherwise a stale view of that name is dropped.
     */
    public EngineTask<ImportResult> importAs(Path path, ImportOptions options, String view) {
        return engine.submit("Import " + path.getFileName() + " as " + view, EnginePool.BACKGROUND, context -> Imports.run(context, path, options, view));
    }
}
