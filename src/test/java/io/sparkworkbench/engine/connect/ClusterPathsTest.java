package io.sparkworkbench.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.EngineSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClusterPathsTest {

    private final EngineSettings local = EngineSettings.defaults(Path.of("/tmp/wb"));
    private final EngineSettings remote = local.withMaster("spark://198.51.100.20:7077");

    @Test
    void aLocalPathOnARemoteClusterIsWarnedAboutNamingPathAndMaster() {
        assertThat(ClusterPaths.warningFor(remote, Path.of("/home/me/orders.csv"))).get().asString()
                .contains("/home/me/orders.csv").contains("spark://198.51.100.20:7077").contains("every worker");
        assertThat(ClusterPaths.warningFor(remote, "file:///home/me/orders.csv")).isPresent();
    }

    @Test
    void localSessionsLoopbackClustersAndSharedStorageNeedNoWarning() {
        assertThat(ClusterPaths.warningFor(local, Path.of("/home/me/orders.csv"))).isEmpty();
        assertThat(ClusterPaths.warningFor(local.withMaster("spark://127.0.0.1:7077"), Path.of("/home/me/x"))).isEmpty();
        assertThat(ClusterPaths.warningFor(remote, "hdfs://nn:8020/data/orders")).isEmpty();
        assertThat(ClusterPaths.warningFor(remote, "s3a://bucket/orders")).isEmpty();
        assertThat(ClusterPaths.warningFor(null, "/x")).isEmpty();
    }
}
