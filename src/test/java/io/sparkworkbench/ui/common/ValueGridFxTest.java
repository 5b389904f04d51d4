package io.sparkworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ValueGridFxTest {

    private ValueGrid grid;

    @Start
    void start(Stage stage) {
        grid = new ValueGrid();
        grid.show(List.of("id", "name", "amount"), List.of("bigint", "string", "decimal(10,2)"), List.of(
                Arrays.asList(1L, "Ada", new BigDecimal("12.50")),
                Arrays.asList(2L, null, new BigDecimal("7.00")),
                Arrays.asList(3L, "", null)));
        stage.setScene(new Scene(grid, 600, 300));
        stage.show();
    }

    @Test
    void copiesSelectedCellsRowsAndHeadersAsTabSeparatedText(FxRobot robot) throws Exception {
        robot.interact(() -> {
            grid.getSelectionModel().clearSelection();
            grid.getSelectionModel().select(1, grid.getColumns().get(1));
            grid.getSelectionModel().select(2, grid.getColumns().get(2));
        });
        assertThat(grid.selectionAsText(false, false)).isEqualTo("NULL\nNULL\n");
        assertThat(grid.selectionAsText(true, false)).isEqualTo("2\tNULL\t7.00\n3\t\tNULL\n");
        assertThat(grid.selectionAsText(true, true)).startsWith("id\tname\tamount\n");

        robot.interact(() -> grid.getSelectionModel().select(0, grid.getColumns().get(0)));
        robot.clickOn(grid).press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isNotBlank().doesNotContain("[").endsWith("\n");
    }

    @Test
    void nullIsShownDistinctlyFromAnEmptyString(FxRobot robot) {
        // The table's hidden measuring cell also renders values: count the visible cells only.
        var cells = robot.lookup(".null-cell").match(org.testfx.util.NodeQueryUtils.isVisible()).queryAll().stream()
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).toList();
        assertThat(cells).containsExactly("NULL", "NULL");
        assertThat(robot.lookup(".number-cell").queryAll()).hasSizeGreaterThanOrEqualTo(5);
    }
}
