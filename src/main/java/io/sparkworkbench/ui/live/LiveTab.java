package io.sparkworkbench.ui.live;

import io.sparkworkbench.ui.common.FrameSampler;
import io.sparkworkbench.ui.common.TabAction;
import io.sparkworkbench.ui.common.TabHost;
import io.sparkworkbench.ui.common.WorkbenchTab;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The live streaming tab as a plug-in of the main window: a clickstream (simulated, replayed, or the user's folder)
 * through every live query into charts that move with each micro-batch, Spark-UI-like metrics, and the event-rate
 * alert in the tab and the window's status bar. The view samples the session ten times a second at most
 * ({@link FrameSampler}); the session's snapshot is an immutable record, so the FX thread never waits on Spark.
 */
public final class LiveTab implements WorkbenchTab {

    public static final String ID = "live";
    /** At most ten samples a second: a micro-batch takes at least 100 ms, so nothing is missed. */
    static final long POLL_MILLIS = 100;

    private final LiveViewModel model;
    private final Runnable closeSession;
    private final FrameSampler sampler = new FrameSampler(POLL_MILLIS);
    private TabHost host;
    private LiveView view;

    /** @param closeSession stops the session (blocking): the window is closing */
    public LiveTab(LiveBackend backend, Runnable closeSession) {
        this(backend, Platform::runLater, closeSession);
    }

    LiveTab(LiveBackend backend, Executor ui, Runnable closeSession) {
        this.model = new LiveViewModel(backend, ui);
        this.closeSession = closeSession;
        sampler.add(model::poll);
        model.setOnAlert(text -> {
            if (host != null) {
                host.notice(ID, text);
            }
        });
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Live";
    }

    @Override
    public void attach(TabHost tabHost) {
        this.host = tabHost;
        // Sampling runs whether or not the tab was ever shown: the status bar's alert must not wait for a click,
        // and the Live menu starts a stream without the tab.
        sampler.start();
    }

    @Override
    public Node content() {
        if (view == null) {
            view = new LiveView(model, ZoneId.systemDefault());
            // A tab hosted without a window (attach not called) samples once shown; starting twice is harmless.
            sampler.start();
        }
        return view;
    }

    @Override
    public List<TabAction> actions() {
        return List.of(
                TabAction.item(TabAction.Placement.TAB_MENU, "menu-live-start", "Start the live stream", null,
                        "Start the chosen source and every live query", model::start),
                TabAction.item(TabAction.Placement.TAB_MENU, "menu-live-stop", "Stop the live stream", null,
                        "Stop the source and every live query (their checkpoints are kept)", model::stop));
    }

    @Override
    public void setDarkTheme(boolean dark) {
        if (view != null) {
            view.setDarkTheme(dark);
        }
    }

    /** The window is closing: stop sampling and the session (its queries keep their checkpoints). */
    public void close() {
        sampler.stop();
        closeSession.run();
    }

    LiveViewModel model() {
        return model;
    }

    LiveView view() {
        return view;
    }
}
