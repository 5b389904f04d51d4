package io.sparkworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A file dropped on the window goes to the import. No robot can drag a file from outside the app, so the
 * drag events are made here with a dragboard that holds the file, as the desktop's drag would.
 */
@ExtendWith(ApplicationExtension.class)
class FileDropFxTest {

    private final ProbeTab tab = new ProbeTab("drop a file here");
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("workbench-drop");
        window = new MainWindow(stage, new ShellContext(SharedSparkEngine.get(),
                new SettingsStore(home.resolve("config"), home.resolve("data")), home.resolve("logs"), "test"), List.of(tab));
        stage.setWidth(900);
        stage.setHeight(600);
        stage.show();
    }

    @Test
    void aDroppedFileOpensTheImportAndOtherDragsAreRefused(FxRobot robot) throws Exception {
        File csv = Files.createTempFile("dropped sales [1]", ".csv").toFile();
        assertThat(fire(robot, DragEvent.DRAG_OVER, List.of(csv)).isAccepted()).isTrue();
        assertThat(fire(robot, DragEvent.DRAG_OVER, List.of()).isAccepted())
                .as("a drag without files (text, say) is not accepted").isFalse();

        fire(robot, DragEvent.DRAG_DROPPED, List.of(csv));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.dropped).containsExactly(csv.toPath());
    }

    /** Makes and fires the event on the FX thread (where JavaFX makes dragboards), as the toolkit does. */
    private DragEvent fire(FxRobot robot, javafx.event.EventType<DragEvent> type, List<File> files) {
        java.util.concurrent.atomic.AtomicReference<DragEvent> event = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            event.set(drag(type, files));
            Event.fireEvent(window.scene().getRoot(), event.get());
        });
        return event.get();
    }

    private DragEvent drag(javafx.event.EventType<DragEvent> type, List<File> files) {
        Dragboard board = DragboardHelper.createDragboard(new FilesClipboard(files));
        return new DragEvent(window.scene(), window.scene().getRoot(), type, board, 100, 100, 100, 100, TransferMode.COPY,
                null, null, null);
    }

    /** What the desktop's drag of files offers: the file list, nothing else. */
    private record FilesClipboard(List<File> files) implements TKClipboard {

        @Override
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return files.isEmpty() ? Set.of() : Set.of(DataFormat.FILES);
        }

        @SafeVarargs
        @Override
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat format) {
            return DataFormat.FILES.equals(format) && !files.isEmpty() ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return getContent(format) != null;
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
