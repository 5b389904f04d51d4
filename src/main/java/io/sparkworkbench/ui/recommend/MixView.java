package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.CategoryShare;
import io.sparkworkbench.engine.ml.recommend.CustomerHit;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** "Category mix": history against recommendations for the customer shown in the browser, and over all customers. */
final class MixView extends BorderPane {

    private final WorkbenchChart customerChart = new WorkbenchChart();
    private final WorkbenchChart overallChart = new WorkbenchChart();

    MixView(BrowserViewModel browser, CategoryMixViewModel mix) {
        setId("recommend-mix");
        customerChart.setId("mix-customer-chart");
        customerChart.setPlaceholderText("Choose a customer in the Browser (with a model trained) to compare their history and recommendations");
        overallChart.setId("mix-overall-chart");
        overallChart.setPlaceholderText("Press Compute to chart all purchases against every customer's top-N");
        Button compute = new Button("Compute over all customers");
        compute.setId("mix-compute");
        compute.setMinWidth(Region.USE_PREF_SIZE);
        compute.disableProperty().bind(mix.action().runningProperty());
        compute.setOnAction(e -> mix.compute());
        Button stop = new Button("Stop");
        stop.setId("mix-stop");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.disableProperty().bind(mix.action().runningProperty().not());
        stop.setOnAction(e -> mix.stop());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(mix.action().runningProperty());
        Label status = new Label();
        status.setId("mix-status");
        status.setMinWidth(0);
        status.textProperty().bind(mix.action().statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        Label top = new Label("Top");
        top.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, top, Fields.integer("mix-n", 1, 100, mix.nProperty()), compute, stop, busy, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        setTop(bar);
        SplitPane charts = new SplitPane(customerChart, overallChart);
        setCenter(charts);
        browser.customerMixProperty().addListener((obs, old, shares) -> showCustomer(browser.customerProperty().get(), shares));
        mix.overallProperty().addListener((obs, old, shares) -> show(overallChart, "All customers: purchases vs top-"
                + mix.nProperty().get(), shares));
    }

    private void showCustomer(CustomerHit customer, List<CategoryShare> shares) {
        show(customerChart, customer == null ? "" : customer.name() + ": history vs recommendations", shares);
    }

    private static void show(WorkbenchChart chart, String title, List<CategoryShare> shares) {
        if (shares == null || shares.isEmpty()) {
            chart.clear();
        } else {
            chart.setChart(RecommendCharts.categoryMix(title, shares));
        }
    }

    void setDarkTheme(boolean dark) {
        customerChart.setDarkTheme(dark);
        overallChart.setDarkTheme(dark);
    }
}
