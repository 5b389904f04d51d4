package io.sparkworkbench.engine.ml.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.ActionProgress;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fit returns before the model is saved; the save is its own action, and only its end means "saved" (ADR 0030). */
class SegmentationSaveTest {

    private static SparkEngine engine;
    private static DatasetKey shared;
    private static FeatureTable features;
    private static Path dataFolder;

    @BeforeAll
    static void openData() {
        engine = SharedSparkEngine.get();
        var generated = GeneratedData.parquet(0.2);
        engine.submit("open", context -> DatasetCatalog.register(context, generated.folder())).future().join();
        shared = DatasetKey.of(generated.folder());
        features = new SegmentationService(engine).features().future().join();
        dataFolder = engine.submit("data folder", c -> c.dataFolder()).future().join();
    }

    /** A key of its own, so no other test's saved model is in its folder. */
    private static DatasetKey freshKey(String name) {
        return new DatasetKey(shared.folder(), shared.fingerprint() + "-" + name + "-" + System.nanoTime(), shared.seed(),
                shared.customers());
    }

    private static SegmentationRequest defaults() {
        return SegmentationRequest.defaults(features.features());
    }

    @Test
    void theFitReturnsBeforeTheSaveAndTheSaveIsItsOwnActionAfterwards() {
        DatasetKey key = freshKey("follow-up");
        SegmentationService service = new SegmentationService(engine);
        SegmentationStore store = new SegmentationStore(dataFolder, key);

        var fit = service.fit(key, defaults());
        SegmentationResult fitted = fit.future().join();
        assertThat(store.load()).as("nothing is saved until the save runs").isEmpty();
        assertThat(Files.exists(store.folder())).isFalse();
        assertThat(fitted.savedTo()).isEqualTo(store.folder().toString());

        var save = service.save(fitted);
        Path folder = save.future().join();

        assertThat(folder).isEqualTo(store.folder());
        assertThat(save.id()).isNotEqualTo(fit.id());
        assertThat(save.label()).startsWith("Save segmentation model");
        assertThat(engine.jobs().snapshot().actions()).filteredOn(a -> a.id() == save.id())
                .singleElement().extracting(ActionProgress::state).isEqualTo(ActionProgress.State.SUCCEEDED);
        SegmentationStore.Loaded loaded = store.load().orElseThrow();
        assertThat(loaded.request()).isEqualTo(fitted.request());
        assertThat(loaded.names()).isEqualTo(fitted.names());
        assertThat(loaded.wssse()).isEqualTo(fitted.wssse());
    }

    @Test
    void aNameChangedBeforeTheSaveIsTheNameSaved() {
        DatasetKey key = freshKey("rename-first");
        SegmentationService service = new SegmentationService(engine);
        SegmentationResult fitted = service.fit(key, defaults()).future().join();

        List<String> renamed = service.rename(1, "Bargain hunters").future().join();
        assertThat(new SegmentationStore(dataFolder, key).load()).as("a rename before the save writes no file").isEmpty();
        service.save(fitted).future().join();

        Optional<SegmentationResult> reloaded = new SegmentationService(engine).loadSaved(key).future().join();
        assertThat(reloaded.orElseThrow().names()).isEqualTo(renamed).contains("Bargain hunters");
    }

    @Test
    void aFailedSaveSaysWhereAndLeavesNothingSaved() throws Exception {
        DatasetKey key = freshKey("blocked");
        SegmentationService service = new SegmentationService(engine);
        SegmentationStore store = new SegmentationStore(dataFolder, key);
        SegmentationResult fitted = service.fit(key, defaults()).future().join();
        // A file where the model's folder should be: the save cannot create the folder under it.
        Files.createDirectories(store.folder().getParent().getParent());
        Files.writeString(store.folder().getParent(), "not a folder");
        try {
            var save = service.save(fitted);
            assertThatThrownBy(() -> save.future().join()).isInstanceOf(CompletionException.class)
                    .hasMessageContaining("Cannot save the model to").hasMessageContaining(store.folder().getParent().toString());
            Thread.sleep(300);
            assertThat(engine.jobs().snapshot().actions()).filteredOn(a -> a.id() == save.id())
                    .singleElement().extracting(ActionProgress::state).isEqualTo(ActionProgress.State.FAILED);
        } finally {
            Files.delete(store.folder().getParent());
        }
        assertThat(store.load()).isEmpty();
    }

    @Test
    void aSaveOfAModelANewerFitReplacedSavesNothingAndSaysWhy() {
        DatasetKey key = freshKey("replaced");
        SegmentationService service = new SegmentationService(engine);
        SegmentationResult older = service.fit(key, defaults()).future().join();
        SegmentationResult newer = service.fit(key, defaults().withK(4)).future().join();

        assertThatThrownBy(() -> service.save(older).future().join()).hasMessageContaining("a newer model replaced it");
        assertThat(new SegmentationStore(dataFolder, key).load()).isEmpty();
        service.save(newer).future().join();
        assertThat(new SegmentationStore(dataFolder, key).load().orElseThrow().request().k()).isEqualTo(4);
    }

    @Test
    void stageByStageTrainingGivesThePipelinesOwnModelAndSegments() {
        // SegmentationTraining fits on one stored copy of the scaled rows instead of Pipeline.fit: same seed, same model.
        SegmentationRequest request = defaults();
        Object[] both = engine.submit("both fits", c -> {
            var input = FitInput.of(c.spark().table(FeatureTable.VIEW));
            var pipeline = SegmentationPipeline.full(request).fit(input);
            var trained = SegmentationTraining.fit(c, request, input);
            try {
                var a = pipeline.transform(input).orderBy("customer_id").select("segment", "pca").collectAsList();
                var b = trained.predictions().orderBy("customer_id").select("segment", "pca").collectAsList();
                var ka = SegmentationFit.stage(pipeline, org.apache.spark.ml.clustering.KMeansModel.class);
                var kb = SegmentationFit.stage(trained.model(), org.apache.spark.ml.clustering.KMeansModel.class);
                return new Object[] {a, b, List.of(ka.clusterCenters()), List.of(kb.clusterCenters()),
                        ka.summary().trainingCost(), kb.summary().trainingCost(), pipeline.stages().length, trained.model().stages().length};
            } finally {
                LocalRows.release(trained.predictions());
                LocalRows.release(trained.scaled());
            }
        }).future().join();

        assertThat(both[1]).isEqualTo(both[0]);
        assertThat(both[3]).isEqualTo(both[2]);
        assertThat(both[5]).isEqualTo(both[4]);
        assertThat(both[7]).isEqualTo(both[6]);
    }
}
