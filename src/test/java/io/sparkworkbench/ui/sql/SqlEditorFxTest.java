package io.sparkworkbench.ui.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.sql.CatalogSnapshot;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find, replace, format and bracket matching in a bare editor, driven from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class SqlEditorFxTest {

    private static final String SQL = "select amount, amount * 2 from sales where (amount > 0)";

    private SqlEditor editor;

    @Start
    void start(Stage stage) {
        Runnable none = () -> { };
        editor = new SqlEditor(new SqlDocument("Test", SQL, 0), none, none,
                new SimpleObjectProperty<>(CatalogSnapshot.EMPTY), none, none);
        stage.setScene(new Scene(editor, 800, 400));
        stage.show();
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all);
        for (int i = all.length - 1; i >= 0; i--) {
            robot.release(all[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void findSelectsAndCountsMatchesAndReplaceAllIsOneUndo(FxRobot robot) {
        CodeArea area = editor.area();
        robot.clickOn(area);
        shortcut(robot, KeyCode.F);
        robot.write("amount");
        WaitForAsyncUtils.waitForFxEvents();
        Label count = robot.lookup("#sql-find-count").queryAs(Label.class);
        assertThat(count.getText()).isEqualTo("1 of 3");
        assertThat(area.getSelection().getStart()).isEqualTo(7);
        assertThat(area.getSelectedText()).isEqualTo("amount");
        assertThat(area.getStyleOfChar(16)).contains("sql-find-match");

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count.getText()).isEqualTo("2 of 3");
        assertThat(area.getSelection().getStart()).isEqualTo(15);
        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count.getText()).isEqualTo("1 of 3");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.findBar().isVisible()).isFalse();
        assertThat(area.isFocused()).isTrue();
        assertThat(area.getStyleOfChar(16)).doesNotContain("sql-find-match");

        shortcut(robot, KeyCode.H);
        assertThat(robot.lookup("#sql-find-field").queryTextInputControl().getText()).isEqualTo("amount");
        robot.clickOn("#sql-replace-field").write("qty");
        robot.clickOn("#sql-replace-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).isEqualTo("select qty, qty * 2 from sales where (qty > 0)");
        assertThat(count.getText()).isEqualTo("No results");

        robot.clickOn(area);
        shortcut(robot, KeyCode.Z);
        assertThat(area.getText()).isEqualTo(SQL);
    }

    @Test
    void formatSqlIsOneUndoableEditAndBracketsAreMarked(FxRobot robot) {
        CodeArea area = editor.area();
        robot.clickOn(area);
        shortcut(robot, KeyCode.SHIFT, KeyCode.F);
        assertThat(area.getText()).isEqualTo("SELECT amount,\n  amount * 2\nFROM sales\nWHERE (amount > 0)");

        robot.interact(() -> area.moveTo(area.getLength()));
        WaitForAsyncUtils.waitForFxEvents();
        int close = area.getLength() - 1;
        int open = area.getText().indexOf('(');
        assertThat(area.getStyleOfChar(close)).contains("sql-bracket");
        assertThat(area.getStyleOfChar(open)).contains("sql-bracket");
        robot.interact(() -> area.moveTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getStyleOfChar(open)).doesNotContain("sql-bracket");

        shortcut(robot, KeyCode.Z);
        assertThat(area.getText()).isEqualTo(SQL);
    }
}
