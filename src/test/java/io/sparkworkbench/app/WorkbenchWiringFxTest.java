package io.sparkworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.engine.WorkbenchPaths;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.common.WorkbenchTab;
import io.sparkworkbench.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window with every registered tab, assembled as {@link WorkbenchApp#start} does (on the tests'
 * shared session instead of a new one): each tab opens and shows its content, and the tabs' menu items are
 * in the menus.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWiringFxTest {

    private final WorkbenchApp app = new WorkbenchApp();
    private MainWindow window;
    private long firstActionId;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        // Actions of earlier tests share the session's tracker: this start's are those after this one.
        firstActionId = SharedSparkEngine.get().submit("wiring test start", context -> null).id();
        home = Files.createTempDirectory("workbench-wiring");
        WorkbenchPaths paths = new WorkbenchPaths(home.resolve("config"), home.resolve("data"), home.resolve("logs"));
        SettingsStore settings = new SettingsStore(paths.configFolder(), paths.dataFolder());
        window = app.assemble(stage, new AppServices(SharedSparkEngine.get(), settings, new FxTaskRunner(), paths));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1200);
        stage.setHeight(760);
        stage.show();
        InitialDataset.sampleData().ifPresent(app::openDataFolder);
    }

    @Test
    void everyRegisteredTabOpensAndShowsItsContent(FxRobot robot) throws Exception {
        List<WorkbenchTab> registered = app.tabs();
        assertThat(registered).extracting(WorkbenchTab::title).containsExactly("Data", "Explore", "SQL", "Segments", "Recommendations", "Graph", "Live", "Dashboard");
        TabPane pane = robot.lookup("#main-tabs").queryAs(TabPane.class);
        assertThat(pane.getTabs()).extracting(Tab::getText)
                .containsExactlyElementsOf(registered.stream().map(WorkbenchTab::title).toList());
        for (WorkbenchTab tab : registered) {
            robot.interact(() -> window.selectTab(tab.id()));
            WaitForAsyncUtils.waitForFxEvents();
            Tab shown = pane.getSelectionModel().getSelectedItem();
            assertThat(shown.getId()).isEqualTo("tab-" + tab.id());
            Node content = shown.getContent();
            assertThat(content).as(tab.title() + " content").isSameAs(tab.content());
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> content.isVisible() && content.getScene() != null
                    && content.getLayoutBounds().getWidth() > 400 && content.getLayoutBounds().getHeight() > 300);
            assertThat(countControls(content)).as(tab.title() + " shows controls").isGreaterThan(3);
        }
    }

    @Test
    void theStartReadsTheCatalogOnceNotOncePerTab() throws Exception {
        // The start opens the sample data and previews its first table; the SQL tab's completion wants the catalog after that.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> actionsSinceStart("Preview clickstream").stream()
                .anyMatch(a -> !a.isRunning()) && SharedSparkEngine.get().jobs().snapshot().runningCount() == 0);
        assertThat(actionsSinceStart("Read the catalog")).hasSize(1);
    }

    @Test
    void theSampleDataChartIsDrawnFromTheFileBesideItWithoutASparkQuery(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> actionsSinceStart("Preview clickstream").stream()
                .anyMatch(a -> !a.isRunning()));
        io.sparkworkbench.ui.common.chart.WorkbenchChart revenue = robot.lookup("#dataset-chart")
                .queryAs(io.sparkworkbench.ui.common.chart.WorkbenchChart.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !revenue.getData().isEmpty());
        assertThat(actionsSinceStart("Monthly revenue by category")).isEmpty();
    }

    @Test
    void afterTheFirstChartATinyGenerationWarmsTheGeneratorAndLeavesNothingBehind() throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> actionsSinceStart(
                io.sparkworkbench.engine.datagen.GeneratorWarmup.LABEL).stream().anyMatch(a -> !a.isRunning()));
        assertThat(actionsSinceStart(io.sparkworkbench.engine.datagen.GeneratorWarmup.LABEL)).hasSize(1)
                .allMatch(a -> a.state() == io.sparkworkbench.engine.ActionProgress.State.SUCCEEDED);
        Path scratch = home.resolve("data").resolve("scratch");
        try (var left = Files.list(scratch)) {
            assertThat(left).isEmpty();
        }
    }

    private List<io.sparkworkbench.engine.ActionProgress> actionsSinceStart(String label) {
        return SharedSparkEngine.get().jobs().snapshot().actions().stream()
                .filter(a -> a.id() > firstActionId && a.label().equals(label)).toList();
    }

    @Test
    void aProductClickedOnTheDashboardOpensTheRecommendationsTab(FxRobot robot) throws Exception {
        robot.interact(() -> window.selectTab(io.sparkworkbench.ui.dashboard.DashboardTab.ID));
        TabPane pane = robot.lookup("#main-tabs").queryAs(TabPane.class);
        io.sparkworkbench.ui.common.chart.WorkbenchChart products = robot.lookup("#dashboard-chart-products")
                .queryAs(io.sparkworkbench.ui.common.chart.WorkbenchChart.class);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !products.getData().isEmpty());
        // The products chart is in the grid's bottom row: in this small window its first bar lay under the jobs panel's
        // divider (the compact charts' title row grew), so scroll it into view as a user would before clicking.
        robot.interact(() -> robot.lookup("#dashboard-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(io.sparkworkbench.testing.ChartBars.centre(robot, products, null).orElseThrow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pane.getSelectionModel().getSelectedItem().getId().equals("tab-recommendations"));
    }

    @Test
    void theTabsMenuItemsAreInTheMenus(FxRobot robot) {
        MenuBar menus = robot.lookup("#main-menu").queryAs(MenuBar.class);
        List<String> file = menus.getMenus().get(0).getItems().stream().map(MenuItem::getText).toList();
        assertThat(file).containsSubsequence("Open data folder…", "Recent folders", "Import file…",
                "Import folder of part files…", "Settings…", "Quit");
        List<String> view = menus.getMenus().get(1).getItems().stream().map(MenuItem::getText).toList();
        assertThat(view).contains("Data tab", "Explore tab", "SQL tab", "Segments tab", "Recommendations tab");
    }

    private static int countControls(Node node) {
        int count = node instanceof Control ? 1 : 0;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += countControls(child);
            }
        }
        return count;
    }
}
