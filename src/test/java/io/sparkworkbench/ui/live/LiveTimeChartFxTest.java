package io.sparkworkbench.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.chart.ValueFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A metric that stays at zero (the state rows of a query that keeps no Spark state): its axis ran from −0.5 to 0.5
 * with ticks a fifth apart, labelled "0, 0, -0" in whole numbers.
 */
@ExtendWith(ApplicationExtension.class)
class LiveTimeChartFxTest {

    private LiveTimeChart chart;

    @Start
    void start(Stage stage) {
        chart = new LiveTimeChart("t", "State rows", "Rows", ValueFormat.INTEGER, List.of("state rows"));
        stage.setScene(new Scene(chart.view(), 400, 250));
        stage.show();
    }

    @Test
    void aSeriesAtZeroGetsAnAxisFromZeroInWholeSteps() throws Exception {
        NumberAxis axis = WaitForAsyncUtils.asyncFx(() -> {
            chart.update(List.of(new TimePoint("state rows", 1_000, 0), new TimePoint("state rows", 2_000, 0)));
            return chart.valueAxis();
        }).get(10, TimeUnit.SECONDS);
        assertThat(axis.getLowerBound()).isEqualTo(0.0);
        assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(1.0);
        assertThat(axis.getTickUnit().getSize()).isGreaterThanOrEqualTo(1.0);
    }
}
