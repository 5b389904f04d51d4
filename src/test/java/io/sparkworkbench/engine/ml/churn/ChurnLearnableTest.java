package io.sparkworkbench.engine.ml.churn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Issue 10's bar for the generated data: at scale 1 the better churn model reaches a test AUC of 0.75. */
class ChurnLearnableTest {

    private static final Logger LOG = LoggerFactory.getLogger(ChurnLearnableTest.class);

    @Test
    void theBetterModelReachesAnAucOfThreeQuartersAtScaleOne() {
        ChurnResult result = ChurnTesting.trainedDefaults(1.0);
        for (ModelReport m : result.models()) {
            LOG.info("Churn at scale 1: {} AUC {} (base churn rate {}, {} train, {} test)", m.kind().label(), m.auc(),
                    result.baseChurnRate(), result.trainCount(), result.testCount());
        }
        assertThat(result.bestReport().auc()).as("test AUC of the %s", result.best().label()).isGreaterThanOrEqualTo(0.75);
    }
}
