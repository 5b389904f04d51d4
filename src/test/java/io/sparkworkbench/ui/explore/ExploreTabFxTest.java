package io.sparkworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.files.DataExports;
import io.sparkworkbench.engine.files.ImportService;
import io.sparkworkbench.engine.explore.PartitionService;
import io.sparkworkbench.engine.explore.ProfileService;
import io.sparkworkbench.engine.explore.TableService;
import io.sparkworkbench.engine.sql.CatalogService;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.catalog.CatalogModel;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.common.ValueGrid;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Imports a CSV through the dialog, finds it in the catalog and profiles it, as a user would. */
@ExtendWith(ApplicationExtension.class)
class ExploreTabFxTest {

    @TempDir
    static Path folder;

    private final SparkEngine engine = SharedSparkEngine.get();
    private ExploreTab tab;
    private CatalogModel catalog;
    private final List<String> openedInSql = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        FxTaskRunner runner = new FxTaskRunner();
        catalog = new CatalogModel(new CatalogService(engine), runner);
        tab = new ExploreTab(new ExploreViewModel(new TableService(engine), new DataExports(engine), catalog, runner),
                new ProfileViewModel(new ProfileService(engine), runner),
                new PartitionsViewModel(new PartitionService(engine), catalog, runner),
                new BuilderViewModel(new QueryService(engine), new DataExports(engine)::export, runner, () -> 100),
                () -> new ImportViewModel(new ImportService(engine), runner),
                (title, sql) -> openedInSql.add(sql), folder.resolve("exports"));
        stage.setScene(new Scene((javafx.scene.Parent) tab.content(), 1200, 760));
        stage.show();
    }

    private static Path csv() throws Exception {
        Path file = folder.resolve("small orders [2024].csv");
        try (var in = ExploreTabFxTest.class.getResourceAsStream("/explore/small-orders.csv")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static Stage importDialog(FxRobot robot) {
        return (Stage) robot.listWindows().stream().filter(w -> w instanceof Stage s && "Import a file".equals(s.getTitle()))
                .findFirst().orElseThrow();
    }

    @Test
    void importedCsvIsPreviewedRegisteredListedAndProfiled(FxRobot robot) throws Exception {
        Path file = csv();
        tab.setFileChooser(owner -> Optional.of(file));
        robot.clickOn("#explore-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Import a file".equals(s.getTitle())));
        Window dialog = importDialog(robot);
        ValueGrid preview = robot.from(dialog.getScene().getRoot()).lookup("#import-preview").queryAs(ValueGrid.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> preview.getItems().size() == 8);
        assertThat(robot.from(dialog.getScene().getRoot()).lookup("#import-preview-status").queryAs(Label.class).getText())
                .contains("8 rows shown").contains("1 of them malformed");
        assertThat(robot.from(dialog.getScene().getRoot()).lookup("#import-view-name")
                .queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("small_orders_2024");

        robot.clickOn("#import-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialog.isShowing());
        TreeView<?> tree = robot.lookup("#explore-catalog-tree").queryAs(TreeView.class);
        // The tree is read on the FX thread: read from the test thread, it can change under the stream.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> tree.getRoot().getChildren().stream()
                .anyMatch(i -> i.getValue().toString().contains("small_orders_2024"))).get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#explore-import-summary").tryQuery().isPresent());
        assertThat(robot.lookup("#explore-import-summary").queryAs(Label.class).getText())
                .startsWith("Imported small_orders_2024: 8 rows, 1 malformed");
        assertThat(robot.lookup("#explore-table-title").queryAs(Label.class).getText()).isEqualTo("small_orders_2024");
        ValueGrid grid = robot.lookup("#explore-preview").queryAs(ValueGrid.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> grid.getItems().size() == 8);

        robot.clickOn("Profile");
        robot.clickOn("#profile-run");
        WorkbenchChart chart = robot.lookup("#profile-chart").queryAs(WorkbenchChart.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.profile().profileProperty().get() != null);
        robot.interact(() -> tab.profile().columnProperty().set(tab.profile().profileProperty().get().columns().stream()
                .filter(c -> c.name().equals("order_id")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getChart()).isNotNull();
        assertThat(chart.getChart().getTitle().getText()).isEqualTo("Histogram of order_id");
        CategoryPlot plot = (CategoryPlot) chart.getChart().getPlot();
        double total = 0;
        for (int i = 0; i < plot.getDataset().getColumnCount(); i++) {
            total += plot.getDataset().getValue(0, i).doubleValue();
        }
        assertThat(total).isEqualTo(8.0);
    }

    @Test
    void malformedRowsAreOneClickAway(FxRobot robot) throws Exception {
        Path file = csv();
        robot.interact(() -> tab.importFile(null, file));
        Window dialog = importDialog(robot);
        robot.from(dialog.getScene().getRoot()).lookup("#import-view-name").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> ((javafx.scene.control.TextField) dialog.getScene().lookup("#import-view-name")).setText("orders_m"));
        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup("#import-run").queryButton());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#explore-show-malformed").tryQuery().isPresent());
        robot.clickOn("#explore-show-malformed");
        ValueGrid grid = robot.lookup("#explore-preview").queryAs(ValueGrid.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> grid.getItems().size() == 1);
        assertThat(grid.getItems().get(0).toString()).contains("4,Dee,12.00");
    }
}
