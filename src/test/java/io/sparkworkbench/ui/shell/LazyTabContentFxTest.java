package io.sparkworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.WorkbenchTab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first frame styles and lays out the tab in front only: the others are built when first shown. */
@ExtendWith(ApplicationExtension.class)
class LazyTabContentFxTest {

    private final CountingTab first = new CountingTab("first");
    private final CountingTab second = new CountingTab("second");
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("workbench-lazy-tabs");
        SettingsStore settings = new SettingsStore(home.resolve("config"), home.resolve("data"));
        window = new MainWindow(stage, new ShellContext(SharedSparkEngine.get(), settings, home.resolve("logs"), "test"),
                List.of(first, second));
        stage.show();
    }

    @Test
    void aTabIsBuiltWhenFirstShownAndOnlyOnce(FxRobot robot) {
        assertThat(first.built.get()).isEqualTo(1);
        assertThat(second.built.get()).isZero();
        assertThat(robot.lookup("#content-second").tryQuery()).isEmpty();

        robot.interact(() -> window.selectTab("second"));
        assertThat(second.built.get()).isEqualTo(1);
        assertThat(second.shown.get()).isEqualTo(1);
        assertThat(robot.lookup("#content-second").tryQuery()).isPresent();

        robot.interact(() -> window.selectTab("first"));
        robot.interact(() -> window.selectTab("second"));
        assertThat(first.built.get()).isEqualTo(1);
        assertThat(second.built.get()).isEqualTo(1);
        assertThat(second.shown.get()).isEqualTo(2);
    }

    private static final class CountingTab implements WorkbenchTab {
        final AtomicInteger built = new AtomicInteger();
        final AtomicInteger shown = new AtomicInteger();
        private final String id;

        CountingTab(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return id;
        }

        @Override
        public Node content() {
            built.incrementAndGet();
            Label label = new Label(id);
            label.setId("content-" + id);
            return label;
        }

        @Override
        public void shown() {
            shown.incrementAndGet();
        }
    }
}
