package io.sparkworkbench.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.apache.spark.deploy.master.Master;
import org.apache.spark.rpc.RpcEnv;
import org.junit.jupiter.api.Test;
import scala.Tuple3;

/** Test connection against Spark's own standalone Master, started in this JVM on loopback. */
class RealMasterConnectionTest {

    @Test
    void aRealMasterIsRecognisedWithItsVersion() throws Exception {
        // The master's web UI binds SPARK_LOCAL_IP, or every interface: keep it on loopback.
        SparkConf conf = new SparkConf(false) {
            @Override
            public String getenv(String name) {
                return "SPARK_LOCAL_IP".equals(name) ? "127.0.0.1" : super.getenv(name);
            }
        }.set("spark.master.rest.enabled", "false").set("spark.ui.enabled", "false");
        Tuple3<RpcEnv, Object, scala.Option<Object>> started = Master.startRpcEnvAndEndpoint("127.0.0.1", 0, 0, conf);
        RpcEnv env = started._1();
        try {
            String url = "spark://127.0.0.1:" + env.address().port();

            ConnectionTest.Verdict verdict = ConnectionTest.forThisApp().run(url, SharedSecret.none());

            assertThat(verdict.outcome()).as(verdict.message()).isEqualTo(ConnectionTest.Outcome.SUCCESS);
            assertThat(verdict.message()).isEqualTo("Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()
                    + " master at " + url + ": 0 workers, 0 cores.");
        } finally {
            env.shutdown();
            env.awaitTermination();
        }
    }
}
