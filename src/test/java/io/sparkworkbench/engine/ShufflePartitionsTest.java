package io.sparkworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.SharedSparkEngine;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class ShufflePartitionsTest {

    @Test
    void theUsersNumberWinsElseTwiceTheParallelismAndNeverFewerThanTwo() {
        assertThat(ShufflePartitions.rule(7, 64)).isEqualTo(7);
        assertThat(ShufflePartitions.rule(0, 6)).isEqualTo(12);
        assertThat(ShufflePartitions.rule(0, 1)).isEqualTo(2);
    }

    @Test
    void theSessionGetsTheRuleFromItsRealParallelismAtStartAndOnChange() {
        SparkEngine engine = SharedSparkEngine.get();
        SparkSession spark = engine.awaitSession();
        assertThat(spark.conf().get(ShufflePartitions.KEY)).as("the shared engine asks for 4").isEqualTo("4");
        EngineSettings original = engine.settings();
        try {
            EngineSettings automatic = new EngineSettings(original.masterUrl(), 0, original.sparkUiEnabled(), original.dataFolder());
            assertThat(engine.applyWithoutRestart(automatic)).isTrue();
            int parallelism = spark.sparkContext().defaultParallelism();
            assertThat(spark.conf().get(ShufflePartitions.KEY)).isEqualTo(Integer.toString(2 * parallelism));
        } finally {
            engine.applyWithoutRestart(original);
        }
        assertThat(spark.conf().get(ShufflePartitions.KEY)).isEqualTo("4");
    }
}
