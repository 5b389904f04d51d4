package io.sparkworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.EcommerceTable;
import io.sparkworkbench.engine.datagen.RowEstimate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationFormTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreValidAndPreviewScaleOneRowCounts() {
        GenerationForm form = new GenerationForm(dir.resolve("out"));

        assertThat(form.errorBinding().get()).isEmpty();
        assertThat(form.estimates()).extracting(RowEstimate::table, RowEstimate::rows)
                .contains(org.assertj.core.groups.Tuple.tuple(EcommerceTable.CUSTOMERS, 10_000L),
                        org.assertj.core.groups.Tuple.tuple(EcommerceTable.PRODUCTS, 500L),
                        org.assertj.core.groups.Tuple.tuple(EcommerceTable.ORDERS, 50_000L),
                        org.assertj.core.groups.Tuple.tuple(EcommerceTable.CLICKSTREAM, 20_000L));
        var request = form.request().orElseThrow();
        assertThat(request.scale()).isEqualTo(1.0);
        assertThat(request.seed()).isEqualTo(42);
        assertThat(request.format()).isEqualTo(DataFormat.PARQUET);
        assertThat(request.tables()).hasSize(7);
    }

    @Test
    void previewFollowsTheScaleAndTheChosenTables() {
        GenerationForm form = new GenerationForm(dir);
        form.scaleProperty().set("0.5");
        assertThat(form.estimates()).filteredOn(e -> e.table() == EcommerceTable.ORDERS)
                .extracting(RowEstimate::rows).containsExactly(25_000L);
        long all = form.selectedRows();
        form.tableProperty(EcommerceTable.ORDERS).set(false);
        assertThat(form.selectedRows()).isEqualTo(all - 25_000L);
    }

    @Test
    void badValuesAreRefusedWithAMessageNamingTheField() throws Exception {
        GenerationForm form = new GenerationForm(dir);
        form.scaleProperty().set("lots");
        assertThat(form.errorBinding().get()).startsWith("Scale 'lots' is not a number");
        assertThat(form.estimates()).isEmpty();
        assertThat(form.request()).isEmpty();

        form.scaleProperty().set("5000");
        assertThat(form.errorBinding().get()).contains("between 0.01 and 1000");
        form.scaleProperty().set("0.001");
        assertThat(form.errorBinding().get()).contains("between 0.01 and 1000");
        form.scaleProperty().set("2");

        form.seedProperty().set("4.5");
        assertThat(form.errorBinding().get()).isEqualTo("Seed '4.5' is not a whole number");
        form.seedProperty().set("7");

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        form.outputFolderProperty().set(file.toString());
        assertThat(form.errorBinding().get()).contains(file.toString()).contains("is a file");
        form.outputFolderProperty().set(file.resolve("below").toString());
        assertThat(form.errorBinding().get()).contains("cannot be created");
        form.outputFolderProperty().set(" ");
        assertThat(form.errorBinding().get()).isEqualTo("Choose an output folder");
        form.outputFolderProperty().set(dir.resolve("new/deeper").toString());
        assertThat(form.errorBinding().get()).isEmpty();

        for (EcommerceTable t : EcommerceTable.values()) {
            form.tableProperty(t).set(false);
        }
        assertThat(form.errorBinding().get()).isEqualTo("Choose at least one table");
    }
}
