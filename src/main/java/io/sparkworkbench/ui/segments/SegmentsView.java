package io.sparkworkbench.ui.segments;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/** The segmentation tab's layout: the form on the left, the plot and its companions as sub-tabs. */
final class SegmentsView extends BorderPane {

    private final SegmentPalette palette = new SegmentPalette();
    private final SegmentScatterView scatter;
    private final ProfilesView profiles;
    private final SweepView sweep;
    private final ProjectionsView projections;
    private final TabPane tabs = new TabPane();
    private final Tab scatterTab;

    SegmentsView(SegmentsViewModel model, SelectionViewModel selection, SelectionExport export, Node churn) {
        setId("segments-view");
        scatter = new SegmentScatterView(model, selection, export);
        profiles = new ProfilesView(model, palette, () -> selection.exportView("customer_segments",
                view -> export.ask(getScene().getWindow(), view)), selection.action().statusProperty());
        sweep = new SweepView(model);
        projections = new ProjectionsView(model, this::showPair);
        scatterTab = tab("segments-tab-scatter", "Customers", scatter);
        tabs.getTabs().addAll(scatterTab, tab("segments-tab-profiles", "Profiles", profiles),
                tab("segments-tab-sweep", "Choose k", sweep), tab("segments-tab-projections", "Informative projections", projections),
                tab("segments-tab-planted", "Planted segments", new PlantedView(model)),
                tab("segments-tab-features", "Features", new FeaturesView(model)));
        if (churn != null) {
            tabs.getTabs().add(tab("segments-tab-churn", "Churn risk", churn));
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(new SegmentsForm(model), tabs);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        setCenter(split);
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private void showPair(String x, String y) {
        scatter.showPair(x, y);
        tabs.getSelectionModel().select(scatterTab);
    }

    void select(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    void setDarkTheme(boolean dark) {
        palette.setDarkTheme(dark);
        scatter.setDarkTheme(dark);
        profiles.setDarkTheme(dark);
        sweep.setDarkTheme(dark);
        projections.setDarkTheme(dark);
    }

    SegmentScatterView scatter() {
        return scatter;
    }
}
