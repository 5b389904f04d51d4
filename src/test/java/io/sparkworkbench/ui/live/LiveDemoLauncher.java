package io.sparkworkbench.ui.live;

import io.sparkworkbench.engine.EngineSettings;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.stream.session.LiveSession;
import io.sparkworkbench.engine.stream.session.LiveSourceChoice;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The Live tab over the sample data with the simulator running, for a screenshot: args data-folder dataset-folder. */
public final class LiveDemoLauncher {

    private LiveDemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        SparkEngine engine = new SparkEngine();
        engine.start(new EngineSettings("local[2]", 4, false, Path.of(args[0]))).join();
        Path dataset = Path.of(args[1]);
        engine.submit("open", c -> DatasetCatalog.register(c, dataset)).future().join();
        LiveSession session = LiveSession.forApp(engine);
        session.datasetOpened(dataset);
        Platform.startup(() -> {
            LiveTab tab = new LiveTab(LiveBackend.of(session), session::close);
            Stage stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) tab.content(), 1240, 780));
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        session.start(LiveSourceChoice.Simulator.at(2_000)).future().join();
        Thread.sleep(Long.parseLong(System.getProperty("demo.millis", "120000")));
        session.close();
        System.exit(0);
    }
}
