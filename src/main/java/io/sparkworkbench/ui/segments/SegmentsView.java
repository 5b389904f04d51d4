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
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SegmentsForm form = new SegmentsForm(model);
        SplitPane split = new SplitPane(form, tabs);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(form, false);
        if (churn != null) {
            Tab churnTab = tab("segments-tab-churn", "Churn risk", churn);
            tabs.getTabs().add(churnTab);
            // The churn panel has its own form: the segmentation form beside it would only take its room.
            churnTab.selectedProperty().addListener((obs, was, selected) -> {
                if (selected) {
                    split.getItems().remove(form);
                } else if (!split.getItems().contains(form)) {
                    split.getItems().add(0, form);
                    split.setDividerPositions(0.2);
                }
            });
        }
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

    /** The customers of one segment, selected on the scatterplot (a click on the Dashboard's segment bar). */
    void showSegment(int segment) {
        tabs.getSelectionModel().select(scatterTab);
        scatter.selectSegment(segment);
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
