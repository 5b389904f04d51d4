package io.sparkworkbench.engine.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Opening a data set drops the views the analysis tabs derived from the one open before. Found by `bench ml`:
 * the recommender read the previous data set's customer_segments, whose files were gone, and failed.
 */
class DerivedViewsTest {

    @Test
    void openingADataSetDropsTheAnalysesOfThePreviousOneAndKeepsTheUsersViews() {
        Path folder = GeneratedData.parquet(0.1).folder();
        Boolean[] after = SharedSparkEngine.get().submit("derived views", context -> {
            DatasetCatalog.register(context, folder);
            context.spark().sql("SELECT customer_id, 0 AS segment, 'A' AS name FROM customers").createOrReplaceTempView("customer_segments");
            context.spark().sql("SELECT customer_id FROM customers LIMIT 3").createOrReplaceTempView("selected_customers");
            DatasetCatalog.register(context, folder);
            return new Boolean[] {context.spark().catalog().tableExists("customer_segments"),
                context.spark().catalog().tableExists("selected_customers"), context.spark().catalog().tableExists("customers")};
        }).future().join();
        assertThat(after).containsExactly(false, true, true);
        SharedSparkEngine.get().submit("clean", c -> c.spark().catalog().dropTempView("selected_customers")).future().join();
    }
}
