package io.sparkworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.WorkbenchPaths;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.testing.fxio.FxThreadIo;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.common.ValueGrid;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window assembled as {@link WorkbenchApp#start} does, started on files as a desktop file association
 * starts it: the .sql file is a new editor document, the Parquet folder an imported view shown in Explore, and
 * the missing, the broken and the truncated file each get a "Cannot open" dialog while the window stays up. None of it reads
 * the disk on the JavaFX thread.
 */
@ExtendWith(ApplicationExtension.class)
class StartupFilesFxTest {

    @TempDir
    static Path home;

    private final SparkEngine engine = SharedSparkEngine.get();
    private final WorkbenchApp app = new WorkbenchApp();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WorkbenchPaths paths = new WorkbenchPaths(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        SettingsStore settings = new SettingsStore(paths.configFolder(), paths.dataFolder());
        app.assemble(stage, new AppServices(engine, settings, new FxTaskRunner(), paths));
        stage.setWidth(1200);
        stage.setHeight(760);
        stage.show();
    }

    @Test
    void sqlFileOpensAsADocumentParquetIsImportedAndBadFilesAreNamed(FxRobot robot) throws Exception {
        String sql = "-- Umsätze\nSELECT city, count(*) AS n FROM startup_trips GROUP BY city;\n";
        Path script = Files.write(home.resolve("monthly report.sql"), sql.getBytes(StandardCharsets.UTF_8));
        Path parquet = home.resolve("startup_trips.parquet");
        engine.awaitSession().sql("SELECT id, IF(id % 3 = 0, 'Oslo', 'Bergen') AS city FROM range(30)")
                .write().parquet(parquet.toString());
        Path missing = home.resolve("missing.sql");
        Path broken = Files.write(home.resolve("broken.parquet"), "not parquet at all, just text".getBytes(StandardCharsets.UTF_8));
        // Starts like Parquet, so only Spark's reader finds the footer missing.
        Path part = Files.list(parquet).filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        byte[] whole = Files.readAllBytes(part);
        Path truncated = Files.write(home.resolve("truncated.parquet"), java.util.Arrays.copyOf(whole, whole.length / 2));
        LaunchArguments launch = LaunchArguments.classify(script.toString(), parquet.toString(), missing.toString(), broken.toString(),
                truncated.toString());
        assertThat(launch.window()).isTrue();

        WaitForAsyncUtils.waitForFxEvents();
        FxThreadIo.clear();
        robot.interact(() -> app.openFiles(launch.files(), stage));

        // The SQL document: named after the file, holding its text.
        TabPane editors = robot.lookup("#sql-editors").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> editors.getTabs().stream()
                .anyMatch(t -> "monthly report.sql".equals(t.getText())));
        Tab document = editors.getTabs().stream().filter(t -> "monthly report.sql".equals(t.getText())).findFirst().orElseThrow();
        CodeArea area = robot.from(document.getContent()).lookup(".sql-editor").queryAs(CodeArea.class);
        assertThat(area.getText()).isEqualTo(sql);
        // Opened at its top, where a reader begins.
        assertThat(area.getCaretPosition()).isZero();

        // The Parquet folder: imported under the name the dialog suggests, shown in Explore with its rows.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#explore-import-summary").tryQuery().isPresent());
        assertThat(robot.lookup("#explore-import-summary").queryAs(Label.class).getText()).startsWith("Imported startup_trips: 30 rows");
        ValueGrid preview = robot.lookup("#explore-preview").queryAs(ValueGrid.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> preview.getItems().size() == 30);

        // One dialog per file that could not be opened; the main window is still there.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> problem(robot, "missing.sql").isPresent()
                && problem(robot, "broken.parquet").isPresent() && problem(robot, "truncated.parquet").isPresent());
        assertThat(problem(robot, "missing.sql").orElseThrow().getContentText())
                .isEqualTo("Cannot open missing.sql: the file does not exist");
        assertThat(problem(robot, "broken.parquet").orElseThrow().getContentText()).startsWith("Cannot open broken.parquet: ")
                .contains("is not a Parquet file");
        assertThat(problem(robot, "truncated.parquet").orElseThrow().getContentText()).startsWith("Cannot open truncated.parquet: ")
                .contains("is not a Parquet file").doesNotContain("Job aborted");
        assertThat(stage.isShowing()).isTrue();
        assertThat(problem(robot, "monthly report.sql")).isEmpty();
        assertThat(problem(robot, "startup_trips.parquet")).isEmpty();

        assertThat(FxThreadIo.workbenchCalls()).as("file-system calls on the JavaFX thread from the workbench's code").isEmpty();
    }

    /** The "Cannot open <name>" dialog, if one is showing. */
    private static Optional<DialogPane> problem(FxRobot robot, String name) {
        for (Window w : robot.listWindows()) {
            if (w instanceof Stage s && s.isShowing() && ("Cannot open " + name).equals(s.getTitle())
                    && s.getScene().getRoot() instanceof DialogPane pane) {
                return Optional.of(pane);
            }
        }
        return Optional.empty();
    }
}
