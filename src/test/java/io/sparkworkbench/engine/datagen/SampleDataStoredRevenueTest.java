package io.sparkworkbench.engine.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample data set ships with its revenue chart stored (the app's first screen draws it without Spark); it must
 * be the chart Spark computes from the same files, or a change to the files or the query left it behind.
 */
class SampleDataStoredRevenueTest {

    private static final Path SAMPLE = Path.of("sample-data").toAbsolutePath();

    @Test
    void theStoredChartOfTheSampleDataIsWhatSparkComputesFromItsFiles() {
        SparkEngine engine = SharedSparkEngine.get();
        List<CategoryMonthRevenue> computed = engine.submit("sample revenue", context -> {
            DatasetCatalog.register(context, SAMPLE);
            return DatasetInsights.monthlyRevenue(context.spark());
        }).future().join();

        assertThat(computed).hasSizeGreaterThan(8);
        assertThat(StoredRevenue.read(SAMPLE)).as("sample-data/" + StoredRevenue.FILE_NAME + " is missing or stale")
                .contains(computed);
    }
}
