package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.files.ExportRequest;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/** The recommendation tab's layout: Model (form, metrics, export), Grid search, Browser and Category mix as sub-tabs. */
final class RecommendView extends BorderPane {

    private final TabPane tabs = new TabPane();
    private final MetricsView metrics;
    private final MixView mix;
    private final BrowserView browser;

    RecommendView(RecommendTab tab, Function<String, Optional<ExportRequest>> askForTarget) {
        setId("recommend-view");
        TrainForm form = new TrainForm(tab.model());
        metrics = new MetricsView(tab.model(), new ExportBar(tab.export(), askForTarget));
        SplitPane modelPane = new SplitPane(form, metrics);
        modelPane.setDividerPositions(0.23);
        SplitPane.setResizableWithParent(form, false);
        browser = new BrowserView(tab.browser());
        mix = new MixView(tab.browser(), tab.mix());
        tabs.getTabs().addAll(tab("recommend-tab-model", "Model", modelPane), tab("recommend-tab-grid", "Grid search", new GridView(tab.grid())),
                tab("recommend-tab-browser", "Browser", browser), tab("recommend-tab-mix", "Category mix", mix));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    void select(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    void setDarkTheme(boolean dark) {
        metrics.setDarkTheme(dark);
        mix.setDarkTheme(dark);
    }

    BrowserView browser() {
        return browser;
    }
}
