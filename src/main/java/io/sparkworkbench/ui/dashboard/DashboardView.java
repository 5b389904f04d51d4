package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.chart.ChartWithData;
import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.dashboard.Kpi;
import io.sparkworkbench.engine.dashboard.RankedItem;
import io.sparkworkbench.engine.dashboard.SegmentRisk;
import io.sparkworkbench.report.DashboardCharts;
import io.sparkworkbench.ui.common.chart.WorkbenchChart;
import io.sparkworkbench.ui.live.LiveOverview;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The Dashboard tab's layout: the filter bar, a row of KPI cards, the live row (while a stream runs), and a grid of
 * compact charts (each with the export menu of every chart in the app). Bars of segments, products and communities
 * drill into their tab.
 */
final class DashboardView extends BorderPane {

    /** Below this a chart's bars and labels crowd: the grid scrolls instead of shrinking further. */
    static final double MIN_CHART_HEIGHT = 220;

    private final Map<Kpi, KpiCardView> cards = new EnumMap<>(Kpi.class);
    private final WorkbenchChart revenue = chart("dashboard-chart-revenue");
    private final WorkbenchChart funnel = chart("dashboard-chart-funnel");
    private final WorkbenchChart segments = chart("dashboard-chart-segments");
    private final WorkbenchChart products = chart("dashboard-chart-products");
    private final WorkbenchChart categories = chart("dashboard-chart-categories");
    private final WorkbenchChart recommend = chart("dashboard-chart-recommend");
    private final WorkbenchChart communities = chart("dashboard-chart-communities");
    private final Map<String, SegmentRisk> segmentByLabel = new HashMap<>();
    private final Map<String, RankedItem> productByName = new HashMap<>();
    private final Map<String, RankedItem> communityByName = new HashMap<>();

    private final PipelinePanel pipeline;
    private final LiveOverview live;

    /** @param live the live session's charts; they hide themselves while no stream runs */
    DashboardView(DashboardViewModel model, PipelineViewModel pipelineModel, Drilldown drilldown, LiveOverview live) {
        this.live = live;
        HBox cardRow = new HBox(8);
        for (Kpi kpi : Kpi.values()) {
            KpiCardView card = new KpiCardView(kpi);
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setMaxWidth(Double.MAX_VALUE);
            cards.put(kpi, card);
            cardRow.getChildren().add(card);
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(25);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < 2; i++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setMinHeight(MIN_CHART_HEIGHT);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        grid.setMinHeight(2 * MIN_CHART_HEIGHT + grid.getVgap());
        VBox.setVgrow(grid, Priority.ALWAYS);
        grid.add(revenue, 0, 0, 2, 1);
        grid.add(funnel, 2, 0);
        grid.add(segments, 3, 0);
        grid.add(products, 0, 1);
        grid.add(categories, 1, 1);
        grid.add(recommend, 2, 1);
        grid.add(communities, 3, 1);
        VBox body = new VBox(8, cardRow, live, grid);
        body.setPadding(new Insets(4, 10, 10, 10));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        // Fill a tall window; below the grid's minimum height the page scrolls.
        scroll.setFitToHeight(true);
        scroll.setId("dashboard-scroll");
        pipeline = new PipelinePanel(pipelineModel);
        pipeline.setExpanded(false);
        // Hidden until asked for: collapsed, even its title would take the charts' height on a small window.
        pipeline.managedProperty().bind(pipeline.expandedProperty());
        pipeline.visibleProperty().bind(pipeline.expandedProperty());
        ToggleButton showPipeline = new ToggleButton("Run the whole analysis…");
        showPipeline.setId("dashboard-pipeline-toggle");
        showPipeline.setTooltip(new javafx.scene.control.Tooltip(
                "Generate (or take the open) data set and run every analysis on it, step by step"));
        showPipeline.selectedProperty().bindBidirectional(pipeline.expandedProperty());
        BorderPane top = new BorderPane(new FilterBar(model));
        top.setRight(showPipeline);
        BorderPane.setMargin(showPipeline, new Insets(8, 10, 6, 0));
        BorderPane.setAlignment(showPipeline, javafx.geometry.Pos.TOP_RIGHT);
        setTop(top);
        setCenter(scroll);
        setBottom(pipeline);
        setId("dashboard-view");

        segments.setOnCategoryClicked(label -> {
            SegmentRisk s = segmentByLabel.get(label);
            if (s != null) {
                drilldown.segment(s.segment(), s.name());
            }
        });
        products.setOnCategoryClicked(name -> {
            RankedItem p = productByName.get(name);
            if (p != null) {
                drilldown.product(p.id());
            }
        });
        communities.setOnCategoryClicked(name -> {
            RankedItem c = communityByName.get(name);
            if (c != null) {
                drilldown.community(c.id());
            }
        });
        model.dataProperty().addListener((obs, old, data) -> show(data));
        show(model.dataProperty().get());
    }

    private void show(DashboardData data) {
        segmentByLabel.clear();
        productByName.clear();
        communityByName.clear();
        if (data == null) {
            cards.values().forEach(KpiCardView::clear);
            for (WorkbenchChart c : charts()) {
                c.setPlaceholderText(WorkbenchChart.DEFAULT_PLACEHOLDER);
                c.clear();
            }
            return;
        }
        data.cards().forEach(card -> cards.get(card.kpi()).show(card));
        set(revenue, DashboardCharts.revenue(data.revenue()), "No orders in this range");
        set(funnel, DashboardCharts.funnel(data.funnel()), "No sessions in this range");
        set(products, DashboardCharts.products(data.topProducts()), "No orders in this range");
        set(categories, DashboardCharts.categories(data.categories()), "No orders in this range");
        data.topProducts().forEach(p -> productByName.put(p.name(), p));
        if (data.segments().available()) {
            data.segments().rows().forEach(s -> segmentByLabel.put(DashboardCharts.segmentLabel(s), s));
            set(segments, DashboardCharts.segments(data.segments().rows()), "No segmented customer ordered in this range");
        } else {
            missing(segments, data.segments().missing());
        }
        if (data.recommend().available()) {
            set(recommend, DashboardCharts.recommendations(data.recommend().rows(), data.recommendK()), "No saved evaluation");
        } else {
            missing(recommend, data.recommend().missing());
        }
        if (data.communities().available()) {
            data.communities().rows().forEach(c -> communityByName.put(c.name(), c));
            set(communities, DashboardCharts.communities(data.communities().rows()), "The graph has no communities");
        } else {
            missing(communities, data.communities().missing());
        }
    }

    private static void set(WorkbenchChart chart, ChartWithData built, String whenEmpty) {
        chart.setPlaceholderText(whenEmpty);
        chart.setChart(built);
    }

    private static void missing(WorkbenchChart chart, String why) {
        chart.setPlaceholderText(why);
        chart.clear();
    }

    void setDarkTheme(boolean dark) {
        charts().forEach(c -> c.setDarkTheme(dark));
        live.setDarkTheme(dark);
    }

    private List<WorkbenchChart> charts() {
        return List.of(revenue, funnel, segments, products, categories, recommend, communities);
    }

    private static WorkbenchChart chart(String id) {
        WorkbenchChart chart = new WorkbenchChart();
        chart.setId(id);
        chart.setCompact(true);
        chart.setMinSize(0, 0);
        return chart;
    }

    LiveOverview live() {
        return live;
    }

    PipelinePanel pipeline() {
        return pipeline;
    }

    KpiCardView card(Kpi kpi) {
        return cards.get(kpi);
    }

    WorkbenchChart chartOf(String id) {
        return charts().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
