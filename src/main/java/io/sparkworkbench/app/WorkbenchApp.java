package io.sparkworkbench.app;

import io.sparkworkbench.app.cli.VersionProvider;
import io.sparkworkbench.engine.SettingsStore;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.StartupTrace;
import io.sparkworkbench.ui.common.FirstFrames;
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
    private MainWindow window;
    private WorkbenchPaths paths;
    private SettingsStore settings;
    private java.util.List<java.nio.file.Path> startFiles = java.util.List.of();

    public static void launchGui(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    /** On the launcher thread, not the JavaFX thread: the settings file is read here. */
    @Override
    public void init() {
        StartupTrace.mark("fx_init");
        paths = WorkbenchPaths.fromEnvironment();
        settings = new SettingsStore(paths.configFolder(), paths.dataFolder());
        // Main sent only a window's arguments here: none, or the .sql/.parquet files to open.
        startFiles = LaunchArguments.classify(getParameters().getRaw().toArray(String[]::new)).files();
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("fx_start");
        engine = new SparkEngine();
        // SIGTERM closes the window (stop() saves and stops the engine); the hook stops the session when the JVM
        // ends any other way.
        TerminationSignal.install(() -> javafx.application.Platform.runLater(javafx.application.Platform::exit));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // The live stream first: its simulator and queries end and keep their checkpoints, then the session.
            if (tabs != null) {
                tabs.shutdown();
            }
            engine.close();
        }, "engine-shutdown"));
        window = assemble(stage, new AppServices(engine, settings, new FxTaskRunner(), paths));
        UncaughtErrors.install(stage);
        StartupTrace.mark("window_built");
        stage.show();
        StartupTrace.mark("window_shown");
        FirstFrames.markAfterNextPulse(stage.getScene(), "window_first_frame");
        // Started after the window so Spark's class loading does not compete with the first frame.
        engine.start(settings.engineSettings());
        LOG.info("Window shown {} ms after JVM start", ManagementFactory.getRuntimeMXBean().getUptime());
        InitialDataset.folder(settings).ifPresent(tabs::openDataFolder);
        openFiles(startFiles, stage);
    }

    /** The window with every registered tab, wired as the app runs it (the wiring test builds it the same way). */
    MainWindow assemble(Stage stage, AppServices services) {
        tabs = new WorkbenchTabs(services);
        ShellContext context = new ShellContext(services.engine(), services.settings(), services.paths().logFolder(),
                VersionProvider.version());
        MainWindow built = new MainWindow(stage, context, tabs.all());
        tabs.setTabSelector(built::selectTab);
        return built;
    }

    /** The tabs of the assembled window, in their order. */
    java.util.List<io.sparkworkbench.ui.common.WorkbenchTab> tabs() {
        return tabs.all();
    }

    /** Opens a data folder as the start does (last folder, else the sample data). */
    void openDataFolder(java.nio.file.Path folder) {
        tabs.openDataFolder(folder);
    }

    /** Opens files as the start does for the files on the command line; problems become dialogs over {@code owner}. */
    void openFiles(java.util.List<java.nio.file.Path> files, javafx.stage.Window owner) {
        tabs.openFiles(files, StartupFiles.dialogs(owner));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.saveAll();
        }
        if (settings != null) {
            // The one place the JavaFX thread waits for a write: the window is gone and the app exits.
            settings.close();
        }
        if (tabs != null) {
            tabs.shutdown();
        }
        if (engine != null) {
            engine.close();
        }
    }
}
