package io.sparkworkbench.ui.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.engine.sql.SqlStatement;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.FxTaskRunner;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A long error in a result's footer wraps; the footer's buttons keep their whole labels (seen as "…" before). */
@ExtendWith(ApplicationExtension.class)
class ResultFooterFxTest {

    private static final String SQL = "SELECT * FROM " + "a_table_whose_name_is_long_enough_to_fill_the_footer_".repeat(4);
    private SqlResultModel model;

    @Start
    void start(Stage stage) {
        model = new SqlResultModel(1, new SqlStatement(SQL, 0), new QueryService(SharedSparkEngine.get()),
                new io.sparkworkbench.engine.files.DataExports(SharedSparkEngine.get())::export, new FxTaskRunner(), 100);
        stage.setScene(new Scene(new ResultView(model, java.nio.file.Path.of(".")), 900, 400));
        stage.show();
    }

    @Test
    void buttonsKeepTheirLabelsBesideALongError(FxRobot robot) throws Exception {
        robot.interact(() -> model.run());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.errorProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.statusProperty().get().length()).as("the error is longer than the footer is wide").isGreaterThan(150);
        var buttons = robot.lookup((javafx.scene.Node n) -> n instanceof ButtonBase).queryAllAs(ButtonBase.class).stream()
                .filter(javafx.scene.Node::isVisible).toList();
        assertThat(buttons).extracting(ButtonBase::getText).contains("Chart", "Executed plan", "Export…");
        for (ButtonBase button : buttons) {
            assertThat(button.getWidth()).as(button.getText()).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
        }
    }
}
