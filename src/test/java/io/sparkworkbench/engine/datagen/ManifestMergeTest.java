package io.sparkworkbench.engine.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.dataset.DatasetInfo;
import io.sparkworkbench.engine.dataset.DatasetManifest;
import io.sparkworkbench.engine.dataset.TableSummary;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Generating a subset of tables into a folder keeps the manifest entries of the tables already there. */
class ManifestMergeTest {

    private final DataGenService service = new DataGenService(SharedSparkEngine.get());

    @Test
    void secondRunKeepsTheEntriesOfTheFirstRunsTables() {
        Path folder = GeneratedData.tempFolder("merge");
        generate(new GenerationRequest(0.05, 1, folder, DataFormat.PARQUET, EnumSet.of(EcommerceTable.CUSTOMERS)));
        generate(new GenerationRequest(0.02, 2, folder, DataFormat.PARQUET, EnumSet.of(EcommerceTable.ORDERS)));

        DatasetManifest manifest = DatasetManifest.read(folder).orElseThrow();
        assertThat(manifest.tables()).containsOnlyKeys("customers", "orders");
        DatasetManifest.TableEntry customers = manifest.tables().get("customers");
        DatasetManifest.TableEntry orders = manifest.tables().get("orders");
        assertThat(customers.rows()).isEqualTo(500);
        assertThat(orders.rows()).isEqualTo(1_000);
        assertThat(customers.schemaDdl()).contains("signup_date");
        assertThat(orders.schemaDdl()).contains("total_amount");
        // The runs differ in scale and seed, so each table records its own.
        assertThat(customers.scale()).isEqualTo("0.05");
        assertThat(customers.seed()).isEqualTo("1");
        assertThat(orders.scale()).isEqualTo("0.02");
        assertThat(orders.seed()).isEqualTo("2");

        DatasetInfo opened = new DatasetCatalog(SharedSparkEngine.get()).open(folder).future().join();
        Map<String, Long> rows = opened.tables().stream().collect(Collectors.toMap(TableSummary::table, TableSummary::rows));
        assertThat(rows).containsOnly(Map.entry("customers", 500L), Map.entry("orders", 1_000L));
    }

    @Test
    void entriesOfTablesNoLongerThereAreDropped() throws Exception {
        Path folder = GeneratedData.tempFolder("merge-gone");
        generate(new GenerationRequest(0.01, 1, folder, DataFormat.PARQUET, EnumSet.of(EcommerceTable.PRODUCTS)));
        io.sparkworkbench.engine.FileTrees.deleteQuietly(folder.resolve("products"));
        generate(new GenerationRequest(0.01, 1, folder, DataFormat.PARQUET, EnumSet.of(EcommerceTable.CUSTOMERS)));
        assertThat(DatasetManifest.read(folder).orElseThrow().tables()).containsOnlyKeys("customers");
    }

    private void generate(GenerationRequest request) {
        service.generate(request).task().future().join();
    }
}
