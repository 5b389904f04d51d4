package io.sparkworkbench.app;

import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.ui.common.ErrorDialog;
import io.sparkworkbench.ui.common.TaskRunner;
import io.sparkworkbench.ui.explore.ExploreTab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the files the app was started on ({@code spark-workbench a.sql data.parquet}, what a desktop file
 * association runs): each .sql file becomes a new SQL editor document named after the file, each .parquet
 * file or folder is imported in the Explore tab with the options the import dialog would suggest. The disk
 * is read on the engine's file threads, never on the JavaFX thread. A file that cannot be opened is named in
 * an error dialog; the window and the other files carry on.
 */
final class StartupFiles {

    private static final Logger LOG = LoggerFactory.getLogger(StartupFiles.class);

    /** Told, on the JavaFX thread, about each file that could not be opened. */
    interface Problems {
        void cannotOpen(Path file, String reason, Throwable error);
    }

    private final SparkEngine engine;
    private final TaskRunner runner;
    private final BiConsumer<String, String> openInSqlEditor;
    private final ExploreTab explore;

    /** @param openInSqlEditor a new SQL editor document (title, text), brought to the front */
    StartupFiles(SparkEngine engine, TaskRunner runner, BiConsumer<String, String> openInSqlEditor, ExploreTab explore) {
        this.engine = engine;
        this.runner = runner;
        this.openInSqlEditor = openInSqlEditor;
        this.explore = explore;
    }

    /** Error dialogs "Cannot open name: reason" over {@code owner}, one per file. */
    static Problems dialogs(Window owner) {
        return (file, reason, error) -> {
            String name = displayName(file);
            ErrorDialog.show(owner, "Cannot open " + name, "Cannot open " + name + ": " + reason, error);
        };
    }

    void open(List<Path> files, Problems problems) {
        if (files.isEmpty()) {
            return;
        }
        LOG.info("Opening {} file(s) the app was started on: {}", files.size(), files);
        List<Path> sqlFiles = new ArrayList<>();
        for (Path file : files) {
            if (LaunchArguments.kindOf(file) == LaunchArguments.FileKind.SQL) {
                sqlFiles.add(file);
            } else {
                explore.importSuggested(file, error -> report(problems, file, error));
            }
        }
        if (!sqlFiles.isEmpty()) {
            // One task for all of them, so the editor tabs come in the order the files were given.
            EngineTask<List<SqlFile>> read = engine.submitFileWork("Read " + sqlFiles.size() + " SQL file(s)",
                    () -> sqlFiles.stream().map(SqlFile::read).toList());
            runner.run(read, texts -> texts.forEach(sql -> {
                if (sql.error() == null) {
                    openInSqlEditor.accept(displayName(sql.file()), sql.text());
                } else {
                    report(problems, sql.file(), sql.error());
                }
            }), error -> sqlFiles.forEach(file -> report(problems, file, error)), () -> { });
        }
    }

    private static void report(Problems problems, Path file, Throwable error) {
        String reason = EngineErrors.describe(error);
        LOG.warn("Cannot open {}: {}", file, reason, error);
        problems.cannotOpen(file, reason, error);
    }

    private static String displayName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** One .sql file's text, or why it could not be read. */
    private record SqlFile(Path file, String text, RuntimeException error) {

        static SqlFile read(Path file) {
            try {
                return new SqlFile(file, SqlFileText.read(file), null);
            } catch (RuntimeException e) {
                return new SqlFile(file, null, e);
            }
        }
    }
}
