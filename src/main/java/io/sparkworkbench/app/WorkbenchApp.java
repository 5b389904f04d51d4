package io.sparkworkbench.app;

import io.sparkworkbench.app.cli.VersionProvider;
import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.WorkbenchPaths;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.shell.MainWindow;
import io.sparkworkbench.ui.shell.ShellContext;
import io.sparkworkbench.ui.shell.UncaughtErrors;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app. The window is built and shown first; Spark starts on the engine executor at the
 * same time, and the status bar reports when it is ready.
 */
public final class WorkbenchApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);

    private SparkEngine engine;
    private WorkbenchTabs tabs;
    private WorkbenchPaths paths;
    private SettingsStore settings;

    public static void launchGui(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    /** On the launcher thread, not the JavaFX thread: the settings file is read here. */
    @Override
    public void init() {
        paths = WorkbenchPaths.fromEnvironment();
        settings = new SettingsStore(paths.configFolder(), paths.dataFolder());
    }

    @Override
    public void start(Stage stage) {
        engine = new SparkEngine();
        // SIGTERM never reaches Application.stop(): the hook stops the session either way.
        Runtime.getRuntime().addShutdownHook(new Thread(engine::close, "engine-shutdown"));

        AppServices services = new AppServices(engine, settings, new FxTaskRunner(), paths);
        tabs = new WorkbenchTabs(services);
        ShellContext context = new ShellContext(engine, settings, tabs::openDataFolder, tabs::importFile, tabs::reopenDataFolder, paths.logFolder(),
                VersionProvider.version());
        MainWindow window = new MainWindow(stage, context, tabs.all());
        tabs.setTabSelector(window::selectTab);
        UncaughtErrors.install(stage);
        stage.show();
        // Started after the window so Spark's class loading does not compete with the first frame.
        engine.start(settings.engineSettings());
        LOG.info("Window shown {} ms after JVM start", ManagementFactory.getRuntimeMXBean().getUptime());
        InitialDataset.folder(settings).ifPresent(tabs::openDataFolder);
    }

    @Override
    public void stop() {
        if (tabs != null) {
            tabs.saveAll();
        }
        if (settings != null) {
            // The one place the JavaFX thread waits for a write: the window is gone and the app exits.
            settings.close();
        }
        if (engine != null) {
            engine.close();
        }
    }
}
