package io.sparkworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.files.SourceFormat;
import org.junit.jupiter.api.Test;

class ExportDialogTest {

    @Test
    void aSingleFileKeepsTheFormatsExtensionInStep() {
        assertThat(ExportDialog.withExtension("/tmp/orders", true, SourceFormat.PARQUET, SourceFormat.PARQUET))
                .isEqualTo("/tmp/orders.parquet");
        assertThat(ExportDialog.withExtension("/tmp/orders.parquet", true, SourceFormat.PARQUET, SourceFormat.CSV))
                .isEqualTo("/tmp/orders.csv");
        assertThat(ExportDialog.withExtension("/tmp/orders.csv", false, SourceFormat.CSV, SourceFormat.CSV))
                .isEqualTo("/tmp/orders");
    }

    @Test
    void anEmptyTargetIsRefused() {
        assertThat(ExportDialog.check("  ")).contains("Choose where to write");
        assertThat(ExportDialog.check("/tmp/x")).isEmpty();
    }
}
