package io.sparkworkbench.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.SharedSparkEngine;
import org.junit.jupiter.api.Test;

class CatalogServiceTest {

    @Test
    void snapshotHasViewsWithTheirColumnsAndTheBuiltInFunctions() {
        var engine = SharedSparkEngine.get();
        engine.awaitSession().sql("CREATE OR REPLACE TEMP VIEW cs_items AS SELECT 1L AS item_id, 'x' AS label").collect();
        CatalogSnapshot snapshot = new CatalogService(engine).snapshot().future().join();

        assertThat(snapshot.columnsOf("cs_items")).extracting(ColumnInfo::name, ColumnInfo::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("item_id", "bigint"),
                        org.assertj.core.groups.Tuple.tuple("label", "string"));
        assertThat(snapshot.columnsOf("CS_ITEMS")).hasSize(2);
        assertThat(snapshot.functions()).contains("sum", "date_trunc", "xxhash64", "approx_count_distinct")
                .allMatch(f -> f.matches("[a-z_][a-z0-9_]*"));
    }

    @Test
    void snapshotListsEachViewOnceForTheTree() {
        var engine = SharedSparkEngine.get();
        engine.awaitSession().sql("CREATE OR REPLACE TEMP VIEW `cs tree view` AS SELECT DATE'2024-01-02' AS day").collect();
        CatalogSnapshot snapshot = new CatalogService(engine).snapshot().future().join();

        assertThat(snapshot.entries()).filteredOn(e -> e.name().equals("cs tree view")).singleElement().satisfies(entry -> {
            assertThat(entry.temporary()).isTrue();
            assertThat(entry.qualifiedName()).isEqualTo("cs tree view");
            assertThat(entry.columns()).containsExactly(new ColumnInfo("day", "date"));
        });
    }
}
