package io.sparkworkbench.engine.ml.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The sweep fits two k at a time (ADR 0030): each k must get the model it gets alone, and Stop must end both fits. */
class KSweepTest {

    private static SparkEngine engine;
    private static SegmentationService service;
    private static FeatureTable features;

    @BeforeAll
    static void openData() {
        engine = SharedSparkEngine.get();
        var generated = GeneratedData.parquet(0.2);
        engine.submit("open", context -> DatasetCatalog.register(context, generated.folder())).future().join();
        service = new SegmentationService(engine);
        features = service.features().future().join();
    }

    @Test
    void everyKOfTheSweepIsTheModelThatKGetsFittedAlone() {
        SegmentationRequest request = SegmentationRequest.defaults(features.features());
        SweepResult sweep = service.sweep(request, 2, 7).task().future().join();

        List<Double> alone = engine.submit("one k at a time", c -> {
            var input = FitInput.of(c.spark().table(FeatureTable.VIEW));
            var scaled = new Pipeline().setStages(SegmentationPipeline.preparation(request).toArray(PipelineStage[]::new))
                    .fit(input).transform(input).select(SegmentationPipeline.SCALED).cache();
            try {
                List<Double> costs = new ArrayList<>();
                for (int k = 2; k <= 7; k++) {
                    costs.add(SegmentationPipeline.kMeans(request.withK(k)).fit(scaled).summary().trainingCost());
                }
                return costs;
            } finally {
                scaled.unpersist(false);
            }
        }).future().join();

        assertThat(sweep.points()).extracting(SweepPoint::k).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(sweep.points()).extracting(SweepPoint::wssse).containsExactlyElementsOf(alone);
    }

    @Test
    void stopEndsBothRunningFitsAndLeavesNoJob() throws Exception {
        SweepRun run = service.sweep(SegmentationRequest.defaults(features.features()), 2, 40);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> run.pointsSoFar().size() >= 2);
        run.cancel();

        assertThatThrownBy(() -> run.task().future().join()).isInstanceOf(java.util.concurrent.CancellationException.class);
        // The helper's fit is cancelled by the same tag: soon no job of the session is active.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> engine.submit("active jobs",
                c -> c.spark().sparkContext().statusTracker().getActiveJobIds().length).future().join() == 0);
        assertThat(run.pointsSoFar().size()).isBetween(2, 38);
    }
}
