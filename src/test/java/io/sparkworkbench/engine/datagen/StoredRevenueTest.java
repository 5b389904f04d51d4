package io.sparkworkbench.engine.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.dataset.DatasetManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The revenue chart kept beside a data set is used only while it describes the folder's files. */
class StoredRevenueTest {

    private static final List<CategoryMonthRevenue> POINTS = List.of(
            new CategoryMonthRevenue(YearMonth.of(2024, 1), "Electronics", 12_345.67),
            new CategoryMonthRevenue(YearMonth.of(2024, 1), "Home & Garden", 0.1 + 0.2),
            new CategoryMonthRevenue(YearMonth.of(2024, 2), "Electronics", 9_876.5));

    @TempDir
    Path folder;

    @BeforeEach
    void aGeneratedFolder() throws IOException {
        Files.writeString(folder.resolve(DatasetManifest.FILE_NAME), "tables=orders,order_items,products\n");
        for (String table : StoredRevenue.TABLES) {
            Files.createDirectories(folder.resolve(table));
            Files.write(folder.resolve(table).resolve("part-00000-a.parquet"), new byte[] {1, 2, 3});
            Files.writeString(folder.resolve(table).resolve("_SUCCESS"), "");
        }
    }

    @Test
    void whatIsWrittenIsReadBackExactly() {
        assertThat(StoredRevenue.write(folder, POINTS)).isTrue();
        assertThat(StoredRevenue.read(folder)).contains(POINTS);
    }

    @Test
    void aFileAddedToATableMakesTheStoredChartStale() throws IOException {
        StoredRevenue.write(folder, POINTS);
        Files.write(folder.resolve("order_items").resolve("part-00001-b.parquet"), new byte[] {4});
        assertThat(StoredRevenue.read(folder)).isEmpty();
    }

    @Test
    void aFileRewrittenWithAnotherSizeMakesItStale() throws IOException {
        StoredRevenue.write(folder, POINTS);
        Files.write(folder.resolve("products").resolve("part-00000-a.parquet"), new byte[] {1, 2, 3, 4});
        assertThat(StoredRevenue.read(folder)).isEmpty();
    }

    @Test
    void aMissingTableMakesItStale() throws IOException {
        StoredRevenue.write(folder, POINTS);
        Files.delete(folder.resolve("orders").resolve("part-00000-a.parquet"));
        assertThat(StoredRevenue.read(folder)).isEmpty();
    }

    @Test
    void sparksMarkerFilesDoNotCount() throws IOException {
        StoredRevenue.write(folder, POINTS);
        Files.writeString(folder.resolve("orders").resolve("._SUCCESS.crc"), "x");
        assertThat(StoredRevenue.read(folder)).contains(POINTS);
    }

    @Test
    void aChartOfAnotherQueryIsNotShown() throws IOException {
        StoredRevenue.write(folder, POINTS);
        Path file = folder.resolve(StoredRevenue.FILE_NAME);
        List<String> lines = Files.readAllLines(file);
        lines.set(1, "query=0000000000000000");
        Files.write(file, lines);
        assertThat(StoredRevenue.read(folder)).isEmpty();
    }

    @Test
    void aDamagedLineIsIgnoredNotShown() throws IOException {
        StoredRevenue.write(folder, POINTS);
        Files.writeString(folder.resolve(StoredRevenue.FILE_NAME), "2024-13\tToys\tmany\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(StoredRevenue.read(folder)).isEmpty();
    }

    @Test
    void aFolderTheGeneratorDidNotMakeGetsNoFile() throws IOException {
        Files.delete(folder.resolve(DatasetManifest.FILE_NAME));
        assertThat(StoredRevenue.write(folder, POINTS)).isFalse();
        assertThat(folder.resolve(StoredRevenue.FILE_NAME)).doesNotExist();
    }

    @Test
    void aCategoryALineCannotHoldIsNotWritten() {
        List<CategoryMonthRevenue> tabbed = List.of(new CategoryMonthRevenue(YearMonth.of(2024, 1), "A\tB", 1));
        assertThat(StoredRevenue.write(folder, tabbed)).isFalse();
        assertThat(StoredRevenue.read(folder)).isEmpty();
    }
}
