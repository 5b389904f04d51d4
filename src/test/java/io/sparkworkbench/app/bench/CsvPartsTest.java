package io.sparkworkbench.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file preparation of {@code bench io}; nothing is timed here. */
class CsvPartsTest {

    @TempDir
    Path dir;

    @Test
    void joinsPartsUnderOneHeader() throws IOException {
        Path a = write("part-0.csv", "id,name\n1,a\n2,b\n");
        Path b = write("part-1.csv", "id,name\n3,c");
        Path empty = write("part-2.csv", "id,name\n");
        Path c = write("part-3.csv", "id,name\n4,d\n");
        Path target = dir.resolve("all.csv");
        long bytes = CsvParts.concat(List.of(a, b, empty, c), target);
        String text = Files.readString(target);
        assertThat(text).isEqualTo("id,name\n1,a\n2,b\n3,c\n4,d\n");
        assertThat(bytes).isEqualTo(text.length());
    }

    @Test
    void headKeepsWholeLinesWithinTheLimit() throws IOException {
        Path source = write("all.csv", "id,name\n1,a\n2,b\n3,c\n");
        assertThat(head(source, 13)).isEqualTo("id,name\n1,a\n");
        assertThat(head(source, 16)).isEqualTo("id,name\n1,a\n2,b\n");
        assertThat(head(source, 1000)).isEqualTo("id,name\n1,a\n2,b\n3,c\n");
        assertThat(head(source, 3)).as("the header even when it alone is longer").isEqualTo("id,name\n");
        assertThat(head(write("open.csv", "id\n1\n2"), 100)).isEqualTo("id\n1\n2");
    }

    @Test
    void scaleMakesTheOrdersCsvAboutTheSizeAsked() {
        assertThat(IoBenchmark.scaleFor(IoBenchmark.FULL_BYTES) * 50_000 * IoBenchmark.ORDERS_CSV_BYTES_PER_ROW)
                .isCloseTo(1e9, within(0.01e9));
        assertThat(IoBenchmark.scaleFor(IoBenchmark.QUICK_BYTES) * 50_000 * IoBenchmark.ORDERS_CSV_BYTES_PER_ROW)
                .isCloseTo(1e8, within(0.05e8));
    }

    @Test
    void sqlLiteralQuotesThePath() {
        assertThat(IoBenchmark.literal(Path.of("/tmp/it's.csv"))).isEqualTo("'/tmp/it''s.csv'");
    }

    private String head(Path source, long maxBytes) throws IOException {
        Path target = Files.createTempFile(dir, "head", ".csv");
        Files.delete(target);
        long n = CsvParts.head(source, target, maxBytes);
        String text = Files.readString(target);
        assertThat(n).isEqualTo(text.length());
        return text;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
