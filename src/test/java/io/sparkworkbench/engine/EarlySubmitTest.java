package io.sparkworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The window submits work (e.g. reading the catalog) before Spark starts: it must run once Spark is up. */
class EarlySubmitTest {

    @Test
    void workSubmittedBeforeStartRunsAfterIt() throws Exception {
        SparkEngine shared = SharedSparkEngine.get();
        SparkEngine engine = new SparkEngine();
        EngineTask<Long> early = engine.submit("early", ctx -> ctx.spark().range(5).count());
        Thread.sleep(200);
        assertThat(early.future()).isNotDone();

        // Same master as the shared test session, so getOrCreate hands back that session. Not closed here:
        // closing would stop the SparkContext every other test uses.
        engine.start(shared.settings());

        assertThat(early.future().get(30, TimeUnit.SECONDS)).isEqualTo(5L);
    }
}
