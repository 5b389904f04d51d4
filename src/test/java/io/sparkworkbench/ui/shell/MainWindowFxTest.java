package io.sparkworkbench.ui.shell;

import io.sparkworkbench.testing.StopBounds;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.ActionProgress;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    private final SparkEngine engine = SharedSparkEngine.get();
    private SettingsStore settings;
    private MainWindow window;
    private final ProbeTab tab = new ProbeTab("probe tab");

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("workbench-shell");
        settings = new SettingsStore(home.resolve("config"), home.resolve("data"));
        window = new MainWindow(stage, new ShellContext(engine, settings, home.resolve("logs"), "test"), List.of(tab));
        // Monocle's headless screen is 1280x800: keep the whole window on it so every button can be clicked.
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1200);
        stage.setHeight(760);
        stage.show();
    }

    @Test
    void showsMenusTabsAndTheSessionInTheStatusBar(FxRobot robot) throws Exception {
        MenuBar menus = robot.lookup("#main-menu").queryAs(MenuBar.class);
        assertThat(menus.getMenus()).extracting(m -> m.getText()).containsExactly("File", "View", "Probe", "Help");
        assertThat(menus.getMenus().get(0).getItems()).extracting(MenuItem::getText)
                .containsSubsequence("Probe file action…", "Probe recent", "Settings…", "Quit");
        assertThat(menus.getMenus().get(2).getItems()).extracting(MenuItem::getText).containsExactly("Probe own action");
        assertThat(menus.getMenus().get(3).getItems()).extracting(MenuItem::getText)
                .containsExactly("Keyboard shortcuts", "About Spark Workbench");
        assertThat(robot.lookup("#main-tabs").queryAs(TabPane.class).getTabs()).extracting(t -> t.getText())
                .containsExactly("Probe");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Spark ready".equals(robot.lookup("#status-session").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#status-master").queryAs(Label.class).getText())
                .startsWith("local[2] · 2 cores · Spark " + engine.status().sparkVersion() + " · driver 127.0.0.1:"
                        + engine.status().driverPort() + ", block manager " + engine.status().blockManagerPort());
        assertThat(robot.lookup("#status-reconnect").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#status-heap").queryAs(Label.class).getText()).startsWith("Heap ");
    }

    @Test
    void jobsPanelShowsARunningActionAndItsStopCancelsTheSparkJobs(FxRobot robot) throws Exception {
        // A failure with a long message in the list must not push the running row's Stop out of view.
        EngineTask<Object> failing = engine.submit("Failing " + "long label ".repeat(20), ctx -> {
            throw new IllegalStateException("a very long failure message ".repeat(30));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> failing.future().isDone());
        EngineTask<Object> task = engine.submit("Long sum", ctx ->
                ctx.spark().range(0, 500_000_000_000L, 1, 2).selectExpr("sum(id % 7)").collectAsList());
        ListView<ActionProgress> jobs = robot.lookup("#jobs-list").queryListView();
        // The list changes on the FX thread: read it there, or the stream races the panel's refresh.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> jobs.getItems().stream()
                .anyMatch(a -> a.id() == task.id() && a.isRunning() && a.tasksTotal() > 0)).get());

        long t0 = System.nanoTime();
        robot.clickOn(robot.lookup("#job-stop-" + task.id()).queryButton());
        WaitForAsyncUtils.waitFor(StopBounds.STOPPED_SECONDS, TimeUnit.SECONDS, () -> task.future().isDone());
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(StopBounds.STOPPED.toMillis());
        // The panel samples the tracker every 100 ms; on a loaded CI machine allow it a few frames more.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> jobs.getItems().stream()
                .anyMatch(a -> a.id() == task.id() && a.state() == ActionProgress.State.CANCELLED)).get());
        assertThat(task.future()).isCompletedExceptionally();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> task.future().join())
                .isInstanceOf(CancellationException.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () ->
                engine.awaitSession().sparkContext().statusTracker().getActiveJobIds().length == 0);
    }

    @Test
    void tabActionsRunFromTheirMenusAndShortcutsAndTheHelpPageListsThem(FxRobot robot) {
        robot.clickOn("#menu-file").clickOn("#menu-probe-file");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.P)
                .release(javafx.scene.input.KeyCode.P, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        robot.clickOn("#menu-file").clickOn("#menu-probe-recent").clickOn("first");
        robot.clickOn("#menu-tab-probe").clickOn("#menu-probe-own");
        assertThat(tab.ran).containsExactly("file", "file", "first", "own");

        robot.interact(() -> window.sessionRestarted());
        robot.interact(() -> window.saveAll());
        assertThat(tab.restarts).isEqualTo(1);
        assertThat(tab.saves).isEqualTo(1);

        List<String> help = HelpDialogs.shortcutRows(List.of(tab)).stream().map(r -> String.join(" = ", r)).toList();
        assertThat(help).contains("Probe", "Ctrl+Shift+P = Run the probe's file action",
                "Ctrl+Shift+Q = A key the probe's content handles", "Alt+1 = Show the Probe tab", "Ctrl+Q = Quit");
    }

    @Test
    void themeAndJobsPanelChoicesAreRemembered(FxRobot robot) {
        robot.clickOn("View").clickOn("#menu-theme-dark");
        assertThat(settings.get(Theme.SETTINGS_KEY, "")).isEqualTo("dark");
        assertThat(window.scene().getRoot().getStyleClass()).contains("theme-dark");

        robot.clickOn("#jobs-toggle");
        assertThat(robot.lookup("#jobs-list").tryQuery()).isEmpty();
        assertThat(settings.get(MainWindow.JOBS_KEY, "")).isEqualTo("false");

        robot.clickOn("View").clickOn("#menu-theme-light");
        assertThat(settings.get(Theme.SETTINGS_KEY, "")).isEqualTo("light");
    }
}
