package io.sparkworkbench.ui.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.engine.sql.SqlStatement;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.common.ValueGrid;
import io.sparkworkbench.ui.common.chart.ResultCharts;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A real result, shown as a chart through the footer's Chart toggle. */
@ExtendWith(ApplicationExtension.class)
class ResultChartFxTest {

    private static final String SQL = "SELECT concat('g', CAST(id % 3 AS STRING)) AS grp, id, id * 1.5 AS score,"
            + " CAST(NULL AS STRING) AS note FROM range(30)";
    private SqlResultModel model;

    @Start
    void start(Stage stage) {
        model = new SqlResultModel(1, new SqlStatement(SQL, 0), new QueryService(SharedSparkEngine.get()),
                new io.sparkworkbench.engine.files.DataExports(SharedSparkEngine.get())::export, new FxTaskRunner(), 100);
        stage.setScene(new Scene(new ResultView(model, java.nio.file.Path.of(".")), 1000, 600));
        stage.show();
        model.run(SQL, m -> { });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChartToggleShowsABarChartByDefaultAndFollowsTheChoices(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.runningProperty().get() && model.rows().size() == 30);

        robot.clickOn(".sql-show-chart");
        WorkbenchChart chart = robot.lookup(".sql-result-chart").queryAs(ResultChartPanel.class).chart();
        assertThat(robot.lookup("#sql-chart-x").queryAs(ChoiceBox.class).getValue()).isEqualTo("grp");
        CategoryPlot bars = chart.getChart().getCategoryPlot();
        assertThat(bars.getDataset().getColumnKeys()).containsExactly("g0", "g1", "g2");
        assertThat(bars.getDataset().getRowKeys()).containsExactly("id");
        assertThat(chart.getData().rows()).hasSize(3);

        robot.clickOn(robot.lookup("#sql-chart-y .check-box").lookup((CheckBox b) -> "score".equals(b.getText()))
                .queryAs(CheckBox.class));
        assertThat(chart.getChart().getCategoryPlot().getDataset().getRowCount()).isEqualTo(2);

        ChoiceBox<ResultCharts.Type> type = robot.lookup("#sql-chart-type").queryAs(ChoiceBox.class);
        robot.interact(() -> type.setValue(ResultCharts.Type.PIE));
        assertThat(chart.getChart().getPlot()).isInstanceOf(PiePlot.class);
        assertThat(robot.lookup("#sql-chart-y .check-box").queryAllAs(CheckBox.class))
                .filteredOn(CheckBox::isSelected).hasSize(1);

        robot.interact(() -> type.setValue(ResultCharts.Type.SCATTER));
        assertThat(chart.getChart()).isNull();
        assertThat(robot.lookup(".sql-chart-message").queryAs(Label.class).getText())
                .isEqualTo("Column 'grp' is string, not numeric: a scatter chart needs a numeric X.");

        robot.clickOn(".sql-show-chart");
        assertThat(robot.lookup(".sql-result-grid").queryAs(ValueGrid.class).isVisible()).isTrue();
    }
}
