package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.ui.common.TabAction;
import io.sparkworkbench.ui.common.TabHost;
import io.sparkworkbench.ui.common.WorkbenchTab;
import io.sparkworkbench.ui.common.chart.ExportExecutor;
import io.sparkworkbench.ui.live.LiveOverview;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The Dashboard tab: the open data set's key figures against the previous period, with charts, under one filter,
 * and clicks that lead to the tab owning a segment, product or community, and a pane that runs the whole analysis
 * (generate, tables, segments, churn, recommendations, graph) and then shows its data set. It computes only once it
 * is shown. While a live stream runs, a row of two small live charts (events/s, revenue per minute) follows it.
 */
public final class DashboardTab implements WorkbenchTab {

    public static final String ID = "dashboard";

    private final DashboardViewModel model;
    private final PipelineViewModel pipeline;
    private final Drilldown drilldown;
    private final Supplier<LiveSnapshot> liveSnapshots;
    private final Runnable openLiveTab;
    private DashboardView view;
    private LiveRowFeed liveFeed;
    private TabHost host;
    private ReportExport reportExport;

    /**
     * {@code pipeline}'s finished runs are announced through its {@link PipelineViewModel#setOnDatasetReady} listener,
     * which the wiring points at the app's "a data set was opened" path (so this tab hears of it too). Without a live
     * session: the live row never shows.
     */
    public DashboardTab(DashboardViewModel model, PipelineViewModel pipeline, Drilldown drilldown) {
        this(model, pipeline, drilldown, () -> null, () -> { });
    }

    /**
     * @param liveSnapshots the live session's latest snapshot, read on the JavaFX thread (so it must not wait); a null
     *                      snapshot (no live session) keeps the live row hidden
     * @param openLiveTab   brings the Live tab to the front (a click on the live row)
     */
    public DashboardTab(DashboardViewModel model, PipelineViewModel pipeline, Drilldown drilldown, Supplier<LiveSnapshot> liveSnapshots,
            Runnable openLiveTab) {
        this.model = model;
        this.pipeline = pipeline;
        this.drilldown = drilldown;
        this.liveSnapshots = liveSnapshots;
        this.openLiveTab = openLiveTab;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Dashboard";
    }

    @Override
    public Node content() {
        if (view == null) {
            view = new DashboardView(model, pipeline, drilldown, new LiveOverview(openLiveTab));
            liveFeed = new LiveRowFeed(liveSnapshots, view.live(), view);
        }
        return view;
    }

    @Override
    public void attach(TabHost tabHost) {
        host = tabHost;
    }

    @Override
    public List<TabAction> actions() {
        return List.of(TabAction.item(TabAction.Placement.TAB_MENU, "menu-dashboard-refresh", "Refresh dashboard", null,
                "Read the filter values again (e.g. segments trained since) and recompute for the filter shown", model::reload),
                TabAction.item(TabAction.Placement.TAB_MENU, "menu-dashboard-export-report", "Export report…", null,
                        "Save the dashboard as shown (filter, key figures, charts and their data) as one HTML page or a PDF",
                        () -> reportExport().export()),
                TabAction.item(TabAction.Placement.TAB_MENU, "menu-dashboard-pipeline", "Run the whole analysis…", null,
                        "Open the pane that generates (or takes the open) data set and runs every analysis on it", () -> {
                            if (view != null) {
                                view.pipeline().setExpanded(true);
                            }
                        }));
    }

    private ReportExport reportExport() {
        if (reportExport == null) {
            reportExport = new ReportExport(() -> model.dataProperty().get(), model::datasetFolder,
                    new FxReportDialogs(() -> host == null ? null : host.owner()), ExportExecutor.shared(), Platform::runLater,
                    text -> {
                        if (host != null) {
                            host.notice(ID, text);
                        }
                    });
        }
        return reportExport;
    }

    @Override
    public void shown() {
        model.shown();
        if (liveFeed != null) {
            liveFeed.start();
        }
    }

    @Override
    public void sessionRestarted() {
        model.sessionRestarted();
    }

    @Override
    public void setDarkTheme(boolean dark) {
        if (view != null) {
            view.setDarkTheme(dark);
        }
    }

    /** Called when a data set was opened (by the Data tab or a run of the whole analysis); the work waits until the tab is shown. */
    public void datasetOpened(Path folder) {
        model.datasetOpened(folder);
        pipeline.form().datasetOpened(folder);
    }

    DashboardView view() {
        return view;
    }

    LiveRowFeed liveFeed() {
        return liveFeed;
    }

    PipelineViewModel pipeline() {
        return pipeline;
    }

    DashboardViewModel model() {
        return model;
    }
}
