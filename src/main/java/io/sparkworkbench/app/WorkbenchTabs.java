package io.sparkworkbench.app;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GeneratorWarmup;
import io.sparkworkbench.engine.files.DataExports;
import io.sparkworkbench.engine.files.ImportService;
import io.sparkworkbench.engine.explore.PartitionService;
import io.sparkworkbench.engine.explore.ProfileService;
import io.sparkworkbench.engine.explore.TableService;
import io.sparkworkbench.engine.datagen.DatasetInsights;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.sql.CatalogService;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.engine.dashboard.DashboardService;
import io.sparkworkbench.ui.catalog.CatalogModel;
import io.sparkworkbench.ui.dashboard.DashboardBackend;
import io.sparkworkbench.ui.dashboard.DashboardTab;
import io.sparkworkbench.ui.dashboard.DashboardViewModel;
import io.sparkworkbench.ui.dashboard.Drilldown;
import io.sparkworkbench.ui.dashboard.PipelineBackend;
import io.sparkworkbench.ui.dashboard.PipelineForm;
import io.sparkworkbench.ui.dashboard.PipelineViewModel;
import io.sparkworkbench.engine.pipeline.PipelineService;
import io.sparkworkbench.ui.common.WorkbenchTab;
import io.sparkworkbench.engine.stream.session.LiveSession;
import io.sparkworkbench.ui.live.LiveBackend;
import io.sparkworkbench.ui.live.LiveTab;
import io.sparkworkbench.ui.data.DataTab;
import io.sparkworkbench.ui.data.DataGenViewModel;
import io.sparkworkbench.ui.data.DatasetViewModel;
import io.sparkworkbench.ui.data.GenerationForm;
import io.sparkworkbench.ui.explore.BuilderViewModel;
import io.sparkworkbench.ui.explore.ExploreTab;
import io.sparkworkbench.ui.explore.ExploreViewModel;
import io.sparkworkbench.ui.explore.ImportViewModel;
import io.sparkworkbench.ui.explore.PartitionsViewModel;
import io.sparkworkbench.ui.explore.ProfileViewModel;
import io.sparkworkbench.engine.ml.segment.SegmentationService;
import io.sparkworkbench.engine.ml.churn.ChurnService;
import io.sparkworkbench.engine.ml.recommend.RecommendService;
import io.sparkworkbench.engine.graph.GraphService;
import io.sparkworkbench.ui.graph.GraphBackend;
import io.sparkworkbench.ui.graph.GraphTab;
import io.sparkworkbench.ui.recommend.RecommendBackend;
import io.sparkworkbench.ui.recommend.RecommendTab;
import io.sparkworkbench.ui.segments.ChurnViewModel;
import io.sparkworkbench.ui.segments.SegmentsTab;
import io.sparkworkbench.ui.segments.SegmentsViewModel;
import io.sparkworkbench.ui.segments.SelectionViewModel;
import io.sparkworkbench.ui.sql.SqlTab;
import io.sparkworkbench.ui.sql.SqlViewModel;
import io.sparkworkbench.ui.sql.SqlWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * THE one list of tabs, in the order the window shows them, and the wiring between them (they meet through
 * views and these few calls, never through each other's view models). A later feature adds its tab here.
 */
final class WorkbenchTabs {

    private final List<WorkbenchTab> tabs;
    private final SqlViewModel sqlModel;
    private final DataTab dataTab;
    private final LiveSession liveSession;
    private final LiveTab liveTab;
    private final StartupFiles startupFiles;
    private Consumer<String> selectTab = id -> { };

    WorkbenchTabs(AppServices services) {
        DatasetViewModel dataset = new DatasetViewModel(new DatasetCatalog(services.engine()), new DatasetInsights(services.engine()),
                services.runner());
        SparkEngine engine = services.engine();
        CatalogModel catalog = new CatalogModel(new CatalogService(engine), services.runner());
        QueryService queries = new QueryService(engine);
        DataExports exports = new DataExports(engine);
        Path exportFolder = services.paths().dataFolder().resolve("exports");
        sqlModel = new SqlViewModel(queries, catalog, exports::export, services.runner(), () -> rowCap(services));
        sqlModel.setExportFolder(exportFolder);
        SegmentationService segmentation = new SegmentationService(engine);
        SelectionViewModel selection = new SelectionViewModel(segmentation, exports, services.runner());
        selection.setOnViewRegistered(view -> sqlModel.refreshCatalog());
        SegmentsTab segmentsTab = new SegmentsTab(new SegmentsViewModel(segmentation, services.runner()), selection,
                new ChurnViewModel(new ChurnService(engine), services.runner()), exportFolder);
        RecommendTab recommendTab = new RecommendTab(RecommendBackend.of(new RecommendService(engine)), services.runner(),
                exports::export, exportFolder);
        recommendTab.setOnViewRegistered(view -> sqlModel.refreshCatalog());
        liveSession = LiveSession.forApp(engine);
        liveTab = new LiveTab(LiveBackend.of(liveSession), liveSession::close);
        GraphTab graphTab = new GraphTab(GraphBackend.of(new GraphService(engine), queries, engine), services.runner(), catalog,
                services.paths().dataFolder());
        graphTab.setOnViewRegistered(view -> sqlModel.refreshCatalog());
        PipelineViewModel pipeline = new PipelineViewModel(PipelineBackend.of(new PipelineService(engine, liveSession)),
                new PipelineForm(services.paths().dataFolder()));
        DashboardTab dashboardTab = new DashboardTab(
                new DashboardViewModel(DashboardBackend.of(new DashboardService(engine)), services.runner()), pipeline,
                drilldown(segmentsTab, recommendTab, graphTab), liveSession::snapshot, () -> selectTab.accept(LiveTab.ID));
        Consumer<Path> datasetOpened = folder -> {
            InitialDataset.remember(services.settings(), folder);
            // New views: completion in the SQL tab should offer them.
            sqlModel.refreshCatalog();
            segmentsTab.datasetOpened(folder);
            recommendTab.datasetOpened(folder);
            liveSession.datasetOpened(folder);
            graphTab.datasetOpened(folder);
            dashboardTab.datasetOpened(folder);
        };
        dataset.setOnOpened(datasetOpened);
        // A finished run has registered its data set's tables and every analysis view: the tabs hear of it as of an
        // opened data set. Not through the Data tab's open, which registers the tables again and drops those views.
        pipeline.setOnDatasetReady(datasetOpened);
        warmGeneratorAfterFirstScreen(dataset, services);
        GenerationForm form = new GenerationForm(services.paths().dataFolder().resolve("datasets").resolve("ecommerce"));
        DataGenViewModel dataGen = new DataGenViewModel(new DataGenService(services.engine()), services.runner(), form, dataset);
        dataTab = new DataTab(dataGen, dataset, services.settings()::recentFolders);
        SqlTab sqlTab = new SqlTab(sqlModel, new SqlWorkspace(services.paths().configFolder()));
        ExploreTab exploreTab = new ExploreTab(
                new ExploreViewModel(new TableService(engine), exports, catalog, services.runner()),
                new ProfileViewModel(new ProfileService(engine), services.runner()),
                new PartitionsViewModel(new PartitionService(engine), catalog, services.runner()),
                new BuilderViewModel(queries, exports::export, services.runner(), () -> rowCap(services)),
                () -> new ImportViewModel(new ImportService(engine), services.runner()),
                this::openInSqlEditor, exportFolder);
        // The Dashboard goes last: first would renumber every other tab's Alt+N shortcut.
        tabs = List.of(dataTab, exploreTab, sqlTab, segmentsTab, recommendTab, graphTab, liveTab, dashboardTab);
        startupFiles = new StartupFiles(engine, services.runner(), this::openFileInSqlEditor, exploreTab);
    }

    /**
     * Once the first screen is on show, its chart and its preview, a tiny generation warms the generator in the
     * background (ADR 0045), so the user's first Generate is as fast as a second one. The chart alone is not the
     * signal: kept beside the folder (ADR 0057), it arrives before the session has run anything. Local sessions
     * only: on a cluster it would write to storage.
     */
    private static void warmGeneratorAfterFirstScreen(DatasetViewModel dataset, AppServices services) {
        Runnable warmOnce = new Runnable() {
            private boolean started;

            @Override
            public void run() {
                boolean shown = !dataset.revenueProperty().get().isEmpty() && dataset.previewProperty().get() != null;
                if (shown && !started) {
                    started = true;
                    if (services.engine().settings().isLocal()) {
                        new GeneratorWarmup(services.engine()).warm(services.paths().dataFolder().resolve("scratch"));
                    }
                }
            }
        };
        dataset.revenueProperty().addListener((value, old, now) -> warmOnce.run());
        dataset.previewProperty().addListener((value, old, now) -> warmOnce.run());
    }

    /** The Dashboard's clicks open the tab that owns the element (the segment's customers selected, the product in the browser, the community drawn). */
    private Drilldown drilldown(SegmentsTab segmentsTab, RecommendTab recommendTab, GraphTab graphTab) {
        return new Drilldown() {
            @Override
            public void segment(int segment, String name) {
                segmentsTab.showSegment(segment);
                selectTab.accept(SegmentsTab.ID);
            }

            @Override
            public void product(long productId) {
                recommendTab.openProduct(productId);
                selectTab.accept(RecommendTab.ID);
            }

            @Override
            public void community(long community) {
                graphTab.showCommunity(community);
                selectTab.accept(GraphTab.ID);
            }
        };
    }

    private void openInSqlEditor(String title, String sql) {
        sqlModel.newDocument(title, sql);
        selectTab.accept(SqlTab.ID);
    }

    private void openFileInSqlEditor(String title, String text) {
        sqlModel.newDocumentAtStart(title, text);
        selectTab.accept(SqlTab.ID);
    }

    /** Rows a result fetches per page: the Settings dialog's "Rows per result page", 10,000 unless set. */
    private static int rowCap(AppServices services) {
        return io.sparkworkbench.ui.shell.SettingsViewModel.parseRowCap(
                services.settings().get(io.sparkworkbench.ui.shell.SettingsViewModel.ROW_CAP_KEY, ""));
    }

    List<WorkbenchTab> all() {
        return tabs;
    }

    /** How to bring a tab to the front (by id): the window does it. */
    void setTabSelector(Consumer<String> selector) {
        this.selectTab = selector;
    }

    /**
     * The app is ending (the window closed, or SIGTERM): stop the live stream first, so its source and queries end
     * cleanly and keep their checkpoints. Blocks; safe to call twice.
     */
    void shutdown() {
        liveTab.close();
    }

    /** The .sql and .parquet files the app was started on: SQL editor documents and imports (see {@link StartupFiles}). */
    void openFiles(List<Path> files, StartupFiles.Problems problems) {
        startupFiles.open(files, problems);
    }

    /** The folder the window opens at start (the last one, else the sample data). */
    void openDataFolder(Path folder) {
        dataTab.openFolder(folder);
    }
}
