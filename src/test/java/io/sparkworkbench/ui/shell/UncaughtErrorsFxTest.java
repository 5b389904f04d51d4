package io.sparkworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsFxTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("app"), 400, 300));
        stage.show();
    }

    @Test
    void anUncaughtExceptionOnAnyThreadEndsInOneReadableDialog(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            UncaughtErrors.report(stage, Thread.currentThread(), new IllegalStateException("disk full while saving /tmp/x"));
            UncaughtErrors.report(stage, Thread.currentThread(), new IllegalStateException("second failure"));
        }, "some-worker");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialogs().size() == 1);

        DialogPane pane = (DialogPane) dialogs().get(0).getScene().getRoot();
        assertThat(pane.getHeaderText()).isEqualTo("Something went wrong");
        assertThat(pane.getContentText()).startsWith("disk full while saving /tmp/x");
        assertThat(pane.getExpandableContent()).isNotNull();

        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialogs().isEmpty());
    }

    private static List<Window> dialogs() {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane).toList();
    }
}
