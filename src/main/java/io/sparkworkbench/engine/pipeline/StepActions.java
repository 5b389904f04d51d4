package io.sparkworkbench.engine.pipeline;

import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.dataset.TableSummary;
import io.sparkworkbench.engine.graph.CommunityRequest;
import io.sparkworkbench.engine.graph.GraphService;
import io.sparkworkbench.engine.graph.GraphSource;
import io.sparkworkbench.engine.graph.PageRankRequest;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.churn.ChurnRequest;
import io.sparkworkbench.engine.ml.churn.ChurnService;
import io.sparkworkbench.engine.ml.features.CustomerFeature;
import io.sparkworkbench.engine.ml.features.FeatureService;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.engine.ml.recommend.RecommendResult;
import io.sparkworkbench.engine.ml.recommend.RecommendService;
import io.sparkworkbench.engine.ml.segment.SegmentationRequest;
import io.sparkworkbench.engine.ml.segment.SegmentationResult;
import io.sparkworkbench.engine.ml.segment.SegmentationService;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What each step does, through the services the tabs use (nothing of the analysis is reimplemented here): each
 * call is one engine action under its own job tag, awaited through the run so Stop reaches it. A step's actions
 * leave its views registered; the execution then writes them (ADR 0039).
 */
final class StepActions {

    /** Bumped when a step's own logic changes, so outputs made by the old logic are not reused. */
    private static final String VERSION = "v1";

    private final SparkEngine engine;
    private final PipelineRequest request;
    private final PipelineRun run;
    private final PipelineService.Services services;

    StepActions(SparkEngine engine, PipelineRequest request, PipelineRun run, PipelineService.Services services) {
        this.engine = engine;
        this.request = request;
        this.run = run;
        this.services = services;
    }

    /** The parameters of {@code step} as one line: part of its fingerprint and of its record. */
    String parameters(PipelineStep step, DatasetKey existing) {
        return switch (step) {
            case GENERATE -> existing != null ? "dataset=" + existing.fingerprint()
                    : String.format(Locale.ROOT, "scale=%s;seed=%d;format=parquet", Double.toString(request.scale()), request.seed());
            case TABLES, FEATURES -> VERSION;
            case SEGMENTS -> VERSION + ";" + segmentationParameters();
            case CHURN -> VERSION + ";" + ChurnRequest.defaults();
            case RECOMMEND -> VERSION + ";" + RecommendRequest.defaults() + ";top=" + request.recommendations();
            case GRAPH -> VERSION + ";social;pagerank=" + request.pageRankIterations() + ";" + CommunityRequest.defaults();
            case LIVE -> throw new IllegalArgumentException("the live step's parameters name its run (PipelineExecution)");
        };
    }

    /** The segmentation form's defaults at this k (which default features a data set has follows from the data set). */
    private String segmentationParameters() {
        SegmentationRequest r = SegmentationRequest.defaults(CustomerFeature.DEFAULT_MODEL).withK(request.k());
        // Sorted: the request's log set is a Set.copyOf, whose order changes from one JVM to the next.
        return "k=" + r.k() + ";features=" + r.features() + ";log=" + new java.util.TreeSet<>(r.logFeatures())
                + ";maxIterations=" + r.maxIterations() + ";seed=" + r.seed();
    }

    /** Generates the data set (or opens the existing one) and registers its tables; returns their rows. */
    long generate() {
        Path folder = request.datasetFolder();
        if (request.dataset().isPresent()) {
            return open(folder);
        }
        GenerationRequest generation = GenerationRequest.allTables(request.scale(), request.seed(), folder, DataFormat.PARQUET);
        return rows(run.await(PipelineStep.GENERATE, new DataGenService(engine).generate(generation).task()).tables());
    }

    /** Registers the data set's tables again (the generate step skipped); returns their rows. */
    long open(Path folder) {
        return rows(run.await(PipelineStep.GENERATE, new DatasetCatalog(engine).open(folder)).tables());
    }

    /**
     * Runs {@code step} (not generate), leaving its views registered; returns the trained model's quality figures
     * for the step's record (empty for the steps that train nothing).
     */
    String compute(PipelineStep step, DatasetKey key) {
        return switch (step) {
            case TABLES -> {
                run.await(step, engine.submit("Pipeline: analytics tables", EnginePool.BACKGROUND, context -> {
                    AnalyticsTables.register(context.spark());
                    return null;
                }));
                yield "";
            }
            case FEATURES -> {
                run.await(step, engine.submit("Pipeline: customer features", EnginePool.BACKGROUND, FeatureService::register));
                yield "";
            }
            case SEGMENTS -> StepMetrics.of(segments(key));
            case CHURN -> StepMetrics.of(run.await(step, new ChurnService(engine).train(ChurnRequest.defaults(), key)));
            case RECOMMEND -> {
                RecommendService service = services.recommend();
                RecommendResult trained = run.await(step, service.trainHeadless(key, RecommendRequest.defaults()));
                run.await(step, service.registerAll(request.recommendations()));
                yield StepMetrics.of(trained);
            }
            case GRAPH -> {
                GraphService graph = services.graph();
                run.await(step, graph.open(GraphSource.social()).task());
                run.await(step, graph.pageRank(PageRankRequest.iterations(request.pageRankIterations())).task());
                yield StepMetrics.of(run.await(step, graph.communities(CommunityRequest.defaults()).task()));
            }
            case GENERATE -> throw new IllegalArgumentException("generate is not computed from other steps");
            case LIVE -> throw new IllegalArgumentException("the live step runs on the live session (LiveStep)");
        };
    }

    private SegmentationResult segments(DatasetKey key) {
        List<String> columns = run.await(PipelineStep.SEGMENTS, engine.submit("Pipeline: segmentation features", EnginePool.BACKGROUND,
                context -> Arrays.asList(context.spark().table(FeatureTable.VIEW).columns())));
        List<CustomerFeature> available = Arrays.stream(CustomerFeature.values()).filter(f -> columns.contains(f.column())).toList();
        SegmentationRequest segmentation = SegmentationRequest.defaults(available).withK(request.k());
        SegmentationService service = services.segmentation();
        SegmentationResult result = run.await(PipelineStep.SEGMENTS, service.fit(key, segmentation));
        // Saved as the Segments tab saves it, so the tab and the live stream find this model for the data set.
        run.await(PipelineStep.SEGMENTS, service.save(result));
        return result;
    }

    private static long rows(List<TableSummary> tables) {
        return tables.stream().mapToLong(TableSummary::rows).sum();
    }
}
