package io.sparkworkbench.ui.sql;

import io.sparkworkbench.testing.StopBounds;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.common.ValueGrid;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Types SQL into the editor and runs it with the keyboard, as a user would. */
@ExtendWith(ApplicationExtension.class)
class SqlTabFxTest {

    @TempDir
    static Path home;

    private final SparkEngine engine = SharedSparkEngine.get();
    private SqlViewModel model;

    @Start
    void start(Stage stage) {
        model = new SqlViewModel(new QueryService(engine), new io.sparkworkbench.engine.sql.CatalogService(engine), new io.sparkworkbench.engine.files.DataExports(engine)::export, new FxTaskRunner(), () -> 50);
        SqlTab tab = new SqlTab(model, new SqlWorkspace(home.resolve("ws-" + System.nanoTime())));
        stage.setScene(new Scene((javafx.scene.Parent) tab.content(), 1100, 700));
        stage.show();
    }

    private CodeArea editor(FxRobot robot) {
        return robot.lookup(".sql-editor").queryAs(CodeArea.class);
    }

    private void typeQuery(FxRobot robot, String sql) {
        CodeArea area = editor(robot);
        robot.clickOn(area);
        robot.interact(area::clear);
        robot.write(sql);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo(sql);
    }

    @Test
    void typedQueryRunsWithCtrlEnterAndFillsTheGrid(FxRobot robot) throws Exception {
        typeQuery(robot, "SELECT id, id * id AS square FROM range(120)");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.results().isEmpty()
                && !model.results().get(0).runningProperty().get() && !model.results().get(0).rows().isEmpty());
        ValueGrid grid = robot.lookup(".sql-result-grid").queryAs(ValueGrid.class);
        assertThat(grid.getItems()).hasSize(50);
        assertThat(grid.getColumns()).extracting(c -> c.getUserData()).containsExactly("bigint", "bigint");
        assertThat(robot.lookup(".sql-result-status").queryAs(Label.class).getText())
                .startsWith("50 rows shown — more available");

        robot.clickOn(".sql-fetch-next");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> grid.getItems().size() == 100);
        assertThat(grid.getItems().get(99)).containsExactly(99L, 9801L);
        assertThat(model.history()).first().extracting(HistoryEntry::outcome).isEqualTo(HistoryEntry.Outcome.OK);
    }

    @Test
    void aSyntaxErrorIsUnderlinedWhereItIs(FxRobot robot) throws Exception {
        typeQuery(robot, "SELECT 1;\nSELECT id FRM range(3)");
        robot.clickOn(editor(robot));
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.lastErrorProperty().get() != null);
        var error = model.lastErrorProperty().get().error();
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.errorClass()).isEqualTo("PARSE_SYNTAX_ERROR");
        CodeArea area = editor(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getStyleOfChar(error.offset())).contains("sql-error");
        assertThat(area.getCaretPosition()).isEqualTo(error.offset());
    }

    @Test
    void stopCancelsALongQueryAndTheWindowStaysResponsive(FxRobot robot) throws Exception {
        typeQuery(robot, "SELECT count(*) FROM range(200000) a CROSS JOIN range(200000) b WHERE a.id + b.id > 3");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> engine.awaitSession().sparkContext().statusTracker().getActiveJobIds().length > 0);
        long t0 = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> 1).get(StopBounds.RESPONSIVE.toSeconds(), TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(StopBounds.RESPONSIVE);

        long stopAt = System.nanoTime();
        robot.clickOn("#sql-stop");
        WaitForAsyncUtils.waitFor(StopBounds.STOPPED_SECONDS, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        assertThat(Duration.ofNanos(System.nanoTime() - stopAt)).isLessThan(StopBounds.STOPPED);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> engine.awaitSession().sparkContext().statusTracker().getActiveJobIds().length == 0);
        assertThat(model.history()).first().extracting(HistoryEntry::outcome).isEqualTo(HistoryEntry.Outcome.STOPPED);
        assertThat(robot.lookup("#sql-run").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aLibraryQueryOpensInItsOwnTabAndRunsFromTheHistory(FxRobot robot) throws Exception {
        robot.clickOn("#sql-library").clickOn("RFM scores");
        assertThat(model.currentProperty().get().name()).isEqualTo("RFM scores");
        assertThat(editor(robot).getText()).startsWith("-- RFM");

        typeQuery(robot, "SELECT 42 AS answer");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.history().isEmpty()
                && model.history().get(0).statement().equals("SELECT 42 AS answer"));
        int tabs = model.documents().size();
        javafx.scene.control.ListView<?> list = robot.lookup("#sql-history").queryListView();
        // The cells are laid out on the FX thread: look for the first entry's cell there, until it is there (CI saw a
        // non-empty cell while no cell had index 0 yet, when the two were read apart off the FX thread).
        java.util.concurrent.atomic.AtomicReference<javafx.scene.Node> firstCell = new java.util.concurrent.atomic.AtomicReference<>();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            list.lookupAll(".list-cell").stream()
                    .filter(c -> ((javafx.scene.control.ListCell<?>) c).getIndex() == 0 && !((javafx.scene.control.ListCell<?>) c).isEmpty())
                    .findFirst().ifPresent(firstCell::set);
            return firstCell.get() != null;
        }).get());
        javafx.scene.Node first = firstCell.get();
        robot.doubleClickOn(first);
        assertThat(model.documents()).hasSize(tabs + 1);
        assertThat(model.currentProperty().get().text()).isEqualTo("SELECT 42 AS answer");
    }

    @Test
    void autocompleteOffersTheColumnsOfTheTableInTheStatement(FxRobot robot) throws Exception {
        typeQuery(robot, "CREATE OR REPLACE TEMP VIEW ac_people AS SELECT 1 AS customer_name, 'x' AS city");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.catalogProperty().get().columnsOf("ac_people").isEmpty());

        typeQuery(robot, "SELECT p.cust FROM ac_people p");
        CodeArea area = editor(robot);
        robot.interact(() -> area.moveTo("SELECT p.cust".length()));
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#sql-completion").tryQuery().isPresent());
        javafx.scene.control.ListView<?> list = robot.lookup("#sql-completion").queryListView();
        assertThat(list.getItems()).extracting(o -> ((SqlCompletion.Suggestion) o).text()).containsExactly("customer_name");

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo("SELECT p.customer_name FROM ac_people p");
    }

    @Test
    void closingATabWithSqlAsksAndCancelKeepsIt(FxRobot robot) {
        robot.interact(() -> model.newDocument("To close", "SELECT 1"));
        int tabs = model.documents().size();
        javafx.scene.control.TabPane editors = robot.lookup("#sql-editors").queryAs(javafx.scene.control.TabPane.class);
        javafx.scene.Node close = editors.lookupAll(".tab-close-button").stream().reduce((a, b) -> b).orElseThrow();
        robot.clickOn(close);
        robot.clickOn("Cancel");
        assertThat(model.documents()).hasSize(tabs);

        robot.clickOn(editors.lookupAll(".tab-close-button").stream().reduce((a, b) -> b).orElseThrow());
        robot.clickOn("Discard");
        assertThat(model.documents()).hasSize(tabs - 1).noneMatch(d -> d.name().equals("To close"));
    }
}
