package io.sparkworkbench.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.files.ExportOutcome;
import io.sparkworkbench.engine.files.ExportRequest;
import io.sparkworkbench.engine.files.SourceFormat;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RecommendExportViewModelTest {

    private final FakeBackend backend = new FakeBackend();
    private final List<ExportRequest> written = new ArrayList<>();
    private final List<String> announced = new ArrayList<>();
    private final RecommendExportViewModel export = new RecommendExportViewModel(backend, request -> {
        written.add(request);
        return EngineTask.completed("export", (ExportOutcome) null);
    }, new DirectTaskRunner());

    {
        export.setOnViewRegistered(announced::add);
    }

    private static Optional<ExportRequest> toParquet(String view) {
        return Optional.of(ExportRequest.ofView(view, Path.of("/tmp/recs"), SourceFormat.PARQUET, List.of(), false));
    }

    @Test
    void withoutAModelNothingIsRegistered() {
        export.register();
        assertThat(backend.registered).isEmpty();
        assertThat(export.action().statusProperty().get()).startsWith("Train a model first");
    }

    @Test
    void registeringTellsTheSqlTabAndExportWritesTheRegisteredView() {
        export.setHasModel(true);
        export.nProperty().set(5);
        export.register();
        assertThat(backend.registered).containsExactly(5);
        assertThat(announced).containsExactly("customer_recommendations");
        assertThat(export.action().statusProperty().get()).startsWith("customer_recommendations holds 20 rows (top-5 per customer");

        export.export(RecommendExportViewModelTest::toParquet);
        assertThat(backend.registered).as("already registered for this N").hasSize(1);
        assertThat(written).hasSize(1);
        assertThat(written.get(0).query()).isEqualTo("SELECT * FROM `customer_recommendations`");
        assertThat(export.action().statusProperty().get()).isEqualTo("Exported every customer's top-5 to /tmp/recs");

        export.nProperty().set(7);
        export.export(RecommendExportViewModelTest::toParquet);
        assertThat(backend.registered).as("another N registers again before writing").containsExactly(5, 7);
        assertThat(written).hasSize(2);
    }

    @Test
    void aNewModelMakesTheRegisteredViewStale() {
        export.setHasModel(true);
        export.register();
        export.setHasModel(true);
        assertThat(export.registeredProperty().get()).isFalse();
        assertThat(export.action().statusProperty().get()).isEqualTo("A new model: register again to refresh customer_recommendations.");
        export.export(view -> Optional.empty());
        assertThat(backend.registered).hasSize(2);
        assertThat(written).as("the user cancelled the dialog").isEmpty();
    }

    @Test
    void stopEndsARegistrationWithoutAnnouncingTheView() throws Exception {
        export.setHasModel(true);
        backend.registerGate = new CountDownLatch(1);
        export.register();
        assertThat(export.action().runningProperty().get()).isTrue();
        export.stop();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (export.action().runningProperty().get() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(export.action().statusProperty().get()).startsWith("Stopped: Computing every customer's top-10");
        assertThat(announced).isEmpty();
        assertThat(export.registeredProperty().get()).isFalse();
        backend.registerGate.countDown();
    }
}
