package io.sparkworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.connect.ConnectionSettings;
import io.sparkworkbench.engine.connect.SharedSecret;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a session on a cluster is configured with, and what every session gets at start. */
class ClusterConfTest {

    @TempDir
    Path dir;

    @Test
    void localSessionsListenOnLoopbackWithoutAppJarOrSecret() {
        SparkConf conf = SparkSessions.conf(EngineSettings.defaults(dir));

        assertThat(conf.get("spark.driver.host")).isEqualTo("127.0.0.1");
        assertThat(conf.get("spark.driver.bindAddress")).isEqualTo("127.0.0.1");
        assertThat(conf.contains("spark.jars")).isFalse();
        assertThat(conf.contains("spark.authenticate")).isFalse();
        assertThat(conf.get("spark.ui.enabled")).isEqualTo("false");
    }

    @Test
    void aClusterSessionGetsTheDriverAddressAppJarExecutorSizeAndSecret() {
        ConnectionSettings connection = new ConnectionSettings("2g", 3, "10.20.30.40", "", SharedSecret.of("s3cr3t"));
        SparkConf conf = SparkSessions.conf(new EngineSettings("spark://198.51.100.20:7077", 0, false, dir, connection));

        assertThat(conf.get("spark.driver.host")).isEqualTo("10.20.30.40");
        assertThat(conf.get("spark.driver.bindAddress")).isEqualTo("10.20.30.40");
        assertThat(conf.get("spark.executor.memory")).isEqualTo("2g");
        assertThat(conf.get("spark.executor.cores")).isEqualTo("3");
        assertThat(conf.get("spark.authenticate")).isEqualTo("true");
        assertThat(conf.get("spark.authenticate.secret")).isEqualTo("s3cr3t");
        assertThat(conf.get("spark.ui.enabled")).isEqualTo("false");
        Path jar = Path.of(java.net.URI.create(conf.get("spark.jars")));
        assertThat(jar).isRegularFile();
        assertThat(conf.get("spark.executor.extraJavaOptions")).contains("--add-opens=java.base/java.lang=ALL-UNNAMED");
    }

    @Test
    void aMasterOnLoopbackKeepsTheDriverOnLoopback() {
        SparkConf conf = SparkSessions.conf(EngineSettings.defaults(dir).withMaster("spark://127.0.0.1:7077"));
        assertThat(conf.get("spark.driver.host")).isEqualTo("127.0.0.1");
        assertThat(conf.contains("spark.jars")).isTrue();
    }

    @Test
    void theSessionHasACheckpointFolderUnderTheDataFolder() {
        SparkEngine engine = SharedSparkEngine.get();
        SparkContext sc = engine.awaitSession().sparkContext();

        assertThat(sc.getCheckpointDir().isDefined()).isTrue();
        Path expected = engine.settings().dataFolder().resolve("checkpoints").resolve("rdd");
        assertThat(sc.getCheckpointDir().get()).contains(expected.toString());
        assertThat(Files.isDirectory(expected)).isTrue();
    }

    @Test
    void aUserSetCheckpointFolderIsUsedAsGiven() {
        ConnectionSettings connection = new ConnectionSettings("", 0, "", "hdfs://nn:8020/wb/checkpoints", SharedSecret.none());
        assertThat(connection.checkpointLocation(dir)).isEqualTo("hdfs://nn:8020/wb/checkpoints");
        assertThat(ConnectionSettings.defaults().checkpointLocation(dir)).isEqualTo(dir.resolve("checkpoints/rdd").toString());
    }

    @Test
    void anErrorThatWouldQuoteTheSecretIsMasked() throws Exception {
        SparkEngine engine = new SparkEngine();
        try {
            ConnectionSettings connection = ConnectionSettings.defaults().withSecret(SharedSecret.of("s3cr3t"));
            EngineStatus status = engine.start(new EngineSettings("spark://s3cr3t.invalid:7077", 0, false, dir, connection))
                    .get(20, TimeUnit.SECONDS);

            assertThat(status.state()).isEqualTo(EngineStatus.State.FAILED);
            assertThat(status.message()).startsWith("Cannot reach the Spark master").doesNotContain("s3cr3t").contains("••••••");
        } finally {
            engine.close();
        }
    }
}
