package io.sparkworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.WorkbenchPaths;
import io.sparkworkbench.engine.files.ImportService;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.testing.fxio.FxThreadIo;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.common.ValueGrid;
import io.sparkworkbench.ui.shell.MainWindow;
import io.sparkworkbench.ui.shell.ShellContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The JavaFX thread never touches the disk while the user switches tabs, changes the theme, types
 * through an autosave, or opens the import dialog on a file and on a folder. The recording file system
 * provider (surefire's argLine) sees every java.nio.file call on the JavaFX thread with its stack.
 */
@ExtendWith(ApplicationExtension.class)
class FxThreadIoTest {

    @TempDir
    static Path home;

    private final SparkEngine engine = SharedSparkEngine.get();
    private final WorkbenchApp app = new WorkbenchApp();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WorkbenchPaths paths = new WorkbenchPaths(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        // Built on the JavaFX thread, as the app builds it in start(): reading the saved state at start-up
        // is not what this test is about, so the recording starts after it (see @BeforeEach).
        SettingsStore settings = new SettingsStore(paths.configFolder(), paths.dataFolder());
        window = app.assemble(stage, new AppServices(engine, settings, new FxTaskRunner(), paths));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1200);
        stage.setHeight(760);
        stage.show();
    }

    @BeforeEach
    void recordFromHere() {
        assertThat(FxThreadIo.installed()).as("the recording file system provider is the default (surefire argLine)").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        FxThreadIo.clear();
    }

    @Test
    void tabsThemeTypingAndImportInspectionStayOffTheJavaFxThread(FxRobot robot) throws Exception {
        TabPane mainTabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        for (int i = 0; i < mainTabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> mainTabs.getSelectionModel().select(index));
        }
        fireMenuItem(robot, "menu-theme-dark");
        fireMenuItem(robot, "menu-theme-light");
        fireMenuItem(robot, "menu-jobs");

        robot.interact(() -> window.selectTab(io.sparkworkbench.ui.sql.SqlTab.ID));
        robot.clickOn(".sql-editor");
        robot.write("SELECT 42 AS typed_for_autosave");
        Path savedTabs = home.resolve("config").resolve("sql-tabs.properties");
        // The autosave runs every 3 seconds: wait for it to have written what was typed.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isRegularFile(savedTabs)
                && Files.readString(savedTabs).contains("typed_for_autosave"));

        Path csv = Files.writeString(home.resolve("prices.csv"), "sku;price\na;1.5\nb;2.25\n");
        importAndWaitForPreview(robot, csv, 2);
        Path folder = Files.createDirectories(home.resolve("parts"));
        Files.writeString(folder.resolve("part-0.csv"), "sku,price\nc,3\n");
        Files.writeString(folder.resolve("part-1.csv"), "sku,price\nd,4\n");
        Files.writeString(folder.resolve("_SUCCESS"), "");
        // A folder's preview reads its first data file.
        importAndWaitForPreview(robot, folder, 1);

        assertThat(FxThreadIo.workbenchCalls()).as("file-system calls on the JavaFX thread from the workbench's code").isEmpty();
    }

    /** The hook itself: the old import inspection and the old autosave on the JavaFX thread are caught, with their frames. */
    @Test
    void theRecorderCatchesFileIoOnTheJavaFxThread(FxRobot robot) throws Exception {
        Path csv = Files.writeString(home.resolve("sniffed.csv"), "a,b\n1,2\n");
        assertThat(FxThreadIo.workbenchCalls()).isEmpty();

        robot.interact(() -> ImportService.suggestOptions(csv));

        assertThat(FxThreadIo.workbenchCalls()).isNotEmpty().allSatisfy(call -> assertThat(call.path()).contains("sniffed.csv"))
                .anySatisfy(call -> assertThat(call.stack()).anySatisfy(frame ->
                        assertThat(frame.getClassName()).isEqualTo("io.sparkworkbench.engine.files.OptionSniffer")));
        FxThreadIo.clear();
        Path workspace = home.resolve("old-autosave");
        robot.interact(() -> new io.sparkworkbench.ui.sql.SqlWorkspace(workspace)
                .saveIfChanged(java.util.List.of(new io.sparkworkbench.ui.sql.SqlDocument("A", "SELECT 1", 0)), 0, java.util.List.of()));
        assertThat(FxThreadIo.workbenchCalls()).anySatisfy(call -> assertThat(call.path()).contains("sql-tabs.properties"));
        FxThreadIo.clear();
        // The same call on this (the test's) thread is fine and is not recorded.
        ImportService.suggestOptions(csv);
        assertThat(FxThreadIo.workbenchCalls()).isEmpty();
    }

    private void importAndWaitForPreview(FxRobot robot, Path input, int rows) throws Exception {
        io.sparkworkbench.ui.explore.ExploreTab explore = app.tabs().stream()
                .filter(io.sparkworkbench.ui.explore.ExploreTab.class::isInstance)
                .map(io.sparkworkbench.ui.explore.ExploreTab.class::cast).findFirst().orElseThrow();
        robot.interact(() -> explore.importFile(stage, input));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> importDialog(robot) != null);
        Stage dialog = importDialog(robot);
        ValueGrid preview = robot.from(dialog.getScene().getRoot()).lookup("#import-preview").queryAs(ValueGrid.class);
        javafx.scene.control.Label status = robot.from(dialog.getScene().getRoot()).lookup("#import-preview-status")
                .queryAs(javafx.scene.control.Label.class);
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> preview.getItems().size() == rows);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no preview of " + rows + " rows for " + input + ": " + status.getText(), e);
        }
        robot.interact(dialog::close);
    }

    private static Stage importDialog(FxRobot robot) {
        for (Window w : robot.listWindows()) {
            if (w instanceof Stage s && "Import a file".equals(s.getTitle()) && s.isShowing()) {
                return s;
            }
        }
        return null;
    }

    private static void fireMenuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().map(Menu::getItems).flatMap(java.util.List::stream)
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }
}
