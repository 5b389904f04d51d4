package io.sparkworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Engines that share one SparkContext (the command line run inside the app's JVM, tests) never share tags. */
class JobTagsTest {

    @Test
    void firstActionsOfTwoEnginesHaveDifferentTags() {
        SparkEngine a = new SparkEngine();
        SparkEngine b = new SparkEngine();
        try {
            EngineTask<Integer> first = a.submit("first", ctx -> 1);
            EngineTask<Integer> second = b.submit("first", ctx -> 1);
            assertThat(first.id()).isEqualTo(second.id());
            assertThat(first.tag()).isNotEqualTo(second.tag());
        } finally {
            a.close();
            b.close();
        }
    }
}
