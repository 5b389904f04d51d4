package io.sparkworkbench.engine.ml.segment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The fit runs PCA's jobs beside K-Means's on a helper thread (ADR 0034): Stop must end both. */
class SegmentationStopTest {

    @Test
    void stopDuringKMeansEndsTheProjectionsJobsTooAndLeavesNoJob() throws Exception {
        SparkEngine engine = SharedSparkEngine.get();
        var generated = GeneratedData.parquet(0.2);
        engine.submit("open", context -> DatasetCatalog.register(context, generated.folder())).future().join();
        SegmentationService service = new SegmentationService(engine);
        FeatureTable features = service.features().future().join();
        // k = 9: more K-Means jobs, so Stop lands while K-Means (and PCA beside it) runs.
        SegmentationRequest request = SegmentationRequest.defaults(features.features()).withK(9);

        EngineTask<SegmentationResult> fit = service.fit(DatasetKey.of(generated.folder()), request);
        // K-Means's k-means|| initialisation runs takeSample jobs: PCA has started beside it by then.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> engine.submit("kmeans running", c -> {
            var tracker = c.spark().sparkContext().statusTracker();
            for (int id : tracker.getActiveJobIds()) {
                var job = tracker.getJobInfo(id);
                if (job.isDefined() && job.get().stageIds().length > 0) {
                    var stage = tracker.getStageInfo(job.get().stageIds()[0]);
                    if (stage.isDefined() && stage.get().name().contains("KMeans")) {
                        return true;
                    }
                }
            }
            return false;
        }).future().join());
        fit.cancel();

        assertThatThrownBy(() -> fit.future().join()).isInstanceOf(CancellationException.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> engine.submit("active jobs",
                c -> c.spark().sparkContext().statusTracker().getActiveJobIds().length).future().join() == 0);
    }
}
