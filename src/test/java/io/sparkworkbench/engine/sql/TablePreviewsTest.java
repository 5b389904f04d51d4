package io.sparkworkbench.engine.sql;

import io.sparkworkbench.engine.dataset.DatasetCatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablePreviewsTest {

    @Test
    void previewHasTypedPlainValuesAndSaysWhenThereIsMore() {
        // Registered again: another test in this JVM may have opened a bigger data set since this one was generated.
        GeneratedData.openShared(0.01);
        TablePreview orders = new DatasetCatalog(SharedSparkEngine.get()).preview("orders", 10).future().join();

        assertThat(orders.rows()).hasSize(10);
        assertThat(orders.more()).isTrue();
        List<String> names = orders.columns().stream().map(ColumnInfo::name).toList();
        List<Object> first = orders.rows().get(0);
        assertThat(first.get(names.indexOf("order_ts"))).isInstanceOf(Instant.class);
        assertThat(first.get(names.indexOf("total_amount"))).isInstanceOf(BigDecimal.class);
        assertThat(orders.columns().get(names.indexOf("order_ts")).type()).isEqualTo("timestamp");

        TablePreview customers = new DatasetCatalog(SharedSparkEngine.get()).preview("customers", 1000).future().join();
        assertThat(customers.more()).isFalse();
        assertThat(customers.rows()).hasSize(100);
        List<String> customerColumns = customers.columns().stream().map(ColumnInfo::name).toList();
        assertThat(customers.rows().get(0).get(customerColumns.indexOf("signup_date"))).isInstanceOf(LocalDate.class);
    }
}
