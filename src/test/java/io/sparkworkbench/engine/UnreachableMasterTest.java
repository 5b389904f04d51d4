package io.sparkworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unreachable cluster is reported at once, naming the master, not after Spark's minute of retries. */
class UnreachableMasterTest {

    @TempDir
    Path dir;

    @Test
    void unreachableStandaloneMasterFailsFastWithAClearReason() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String master = "spark://127.0.0.1:" + port;
        SparkEngine engine = new SparkEngine();
        try {
            EngineStatus status = engine.start(new EngineSettings(master, 0, false, dir)).get(15, TimeUnit.SECONDS);

            assertThat(status.state()).isEqualTo(EngineStatus.State.FAILED);
            assertThat(status.message()).startsWith("Cannot reach the Spark master at " + master)
                    .containsIgnoringCase("refused");
        } finally {
            engine.close();
        }
    }
}
