package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.ui.common.TabAction;
import io.sparkworkbench.ui.common.WorkbenchTab;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;

/**
 * The Dashboard tab: the open data set's key figures against the previous period, with charts, under one filter,
 * and clicks that lead to the tab owning a segment, product or community. It computes only once it is shown.
 */
public final class DashboardTab implements WorkbenchTab {

    public static final String ID = "dashboard";

    private final DashboardViewModel model;
    private final Drilldown drilldown;
    private DashboardView view;

    public DashboardTab(DashboardViewModel model, Drilldown drilldown) {
        this.model = model;
        this.drilldown = drilldown;
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
            view = new DashboardView(model, drilldown);
        }
        return view;
    }

    @Override
    public List<TabAction> actions() {
        return List.of(TabAction.item(TabAction.Placement.TAB_MENU, "menu-dashboard-refresh", "Refresh dashboard", null,
                "Read the filter values again (e.g. segments trained since) and recompute for the filter shown", model::reload));
    }

    @Override
    public void shown() {
        model.shown();
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

    /** Called when the Data tab opens a data set; the work waits until the tab is shown. */
    public void datasetOpened(Path folder) {
        model.datasetOpened(folder);
    }

    DashboardView view() {
        return view;
    }

    DashboardViewModel model() {
        return model;
    }
}
