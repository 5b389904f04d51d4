package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.engine.ml.segment.SegmentProfile;
import io.sparkworkbench.engine.ml.segment.SegmentationRequest;
import io.sparkworkbench.engine.ml.segment.SegmentationResult;
import io.sparkworkbench.engine.ml.segment.SegmentationService;
import io.sparkworkbench.engine.ml.segment.SweepResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The segmentation service end to end (features, fit and save, the k sweep, projections, the views) on a
 * small generated data set: the same segments, costs and rankings on the cluster's executors as locally.
 */
final class SegmentationChecks implements ClusterCase {

    @Override
    public String name() {
        return "segmentation";
    }

    @Override
    public Map<String, Object> run(SparkEngine engine, Path scratch) throws Exception {
        // The generate case ran first on this side and wrote this data set: reuse it, the suite's budget is small.
        Path data = scratch.resolveSibling("generate").resolve("generated");
        if (!java.nio.file.Files.isDirectory(data) || GenerationDigests.SCALE != 0.1) {
            data = scratch.resolve("data");
            new DataGenService(engine).generate(GenerationRequest.allTables(0.1, 42, data, DataFormat.PARQUET))
                    .task().future().get(5, TimeUnit.MINUTES);
        }
        new DatasetCatalog(engine).open(data).future().get(2, TimeUnit.MINUTES);
        SegmentationService service = new SegmentationService(engine);
        DatasetKey key = service.key(data).future().get(1, TimeUnit.MINUTES);
        FeatureTable features = service.features().future().get(2, TimeUnit.MINUTES);
        SegmentationRequest request = SegmentationRequest.defaults(features.features());
        SegmentationResult fitted = service.fit(key, request).future().get(5, TimeUnit.MINUTES);
        // The save is the fit's follow-up action (ADR 0030); on a cluster its writes run on the executors too.
        service.save(fitted).future().get(2, TimeUnit.MINUTES);
        SweepResult sweep = service.sweep(request, 2, 4).task().future().get(5, TimeUnit.MINUTES);
        var ranked = service.rankProjections(features.features().stream().map(f -> f.column()).toList()).future().get(2, TimeUnit.MINUTES);

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("customers", features.customers());
        values.put("mean monetary", String.format(Locale.ROOT, "%.4f", features.summaries().get(2).mean()));
        values.put("segment sizes", fitted.profiles().stream().map(SegmentProfile::size).toList());
        values.put("segment names", fitted.names());
        values.put("wssse", String.format(Locale.ROOT, "%.6f", fitted.wssse()));
        values.put("silhouette", String.format(Locale.ROOT, "%.6f", fitted.silhouette()));
        values.put("planted ARI", String.format(Locale.ROOT, "%.6f", fitted.planted().orElseThrow().adjustedRand()));
        values.put("sweep suggested k", sweep.suggestedK());
        values.put("best pair", ranked.get(0).xFeature() + " x " + ranked.get(0).yFeature()
                + String.format(Locale.ROOT, " %.6f", ranked.get(0).silhouette()));
        values.put("customer_segments rows", engine.submit("count segments", c -> c.spark().table("customer_segments").count())
                .future().get(1, TimeUnit.MINUTES));
        return values;
    }
}
