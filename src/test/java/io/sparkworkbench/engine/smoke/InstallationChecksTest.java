package io.sparkworkbench.engine.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks the packaged smoke runs give their known answers here (Kryo on, as in the app). */
class InstallationChecksTest {

    private final SparkEngine engine = SharedSparkEngine.get();

    @Test
    void kmeansFindsTheThreeBlobs() throws Exception {
        InstallationChecks.Check check = engine.submit("kmeans", InstallationChecks::kmeans).future().get(120, TimeUnit.SECONDS);
        assertThat(check.ok()).as(check.detail()).isTrue();
        assertThat(check.detail()).contains("[100, 100, 100]");
    }

    @Test
    void pageRankRanksTheHubFirst() throws Exception {
        InstallationChecks.Check check = engine.submit("pagerank", InstallationChecks::pagerank).future().get(120, TimeUnit.SECONDS);
        assertThat(check.ok()).as(check.detail()).isTrue();
        assertThat(check.detail()).contains("top vertex 0 ");
    }

    @Test
    void aWindowedStreamingQueryCountsEveryEventOfTheFolder(@TempDir Path folder) throws Exception {
        InstallationChecks.Check check = engine.submit("stream", ctx -> InstallationChecks.streaming(ctx, folder))
                .future().get(180, TimeUnit.SECONDS);
        assertThat(check.ok()).as(check.detail()).isTrue();
        assertThat(check.detail()).contains("cart=40", "view=60");
        assertThat(Files.list(folder.resolve("checkpoint")).count()).as("the query wrote its checkpoint").isPositive();
    }
}
