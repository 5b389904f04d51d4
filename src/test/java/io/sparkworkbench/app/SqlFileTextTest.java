package io.sparkworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text a .sql file opens as: its encoding recognised, line ends as \n, and clear refusals. */
class SqlFileTextTest {

    @TempDir
    Path folder;

    private static final String TEXT = "-- Umsätze je Kategorie, naïve café ‘quotes’ €\nSELECT 1;\n";

    @Test
    void utf8WithAndWithoutByteOrderMark() throws Exception {
        Path plain = Files.write(folder.resolve("plain.sql"), TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(SqlFileText.read(plain)).isEqualTo(TEXT);
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        assertThat(SqlFileText.read(Files.write(folder.resolve("bom.sql"), bom))).isEqualTo(TEXT);
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        // Java's UTF-16 encoder writes a big-endian BOM; UTF-16LE with a BOM is what Windows Notepad's "Unicode" saves.
        Path be = Files.write(folder.resolve("be.sql"), TEXT.getBytes(StandardCharsets.UTF_16));
        assertThat(SqlFileText.read(be)).isEqualTo(TEXT);
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] le = new byte[body.length + 2];
        le[0] = (byte) 0xFF;
        le[1] = (byte) 0xFE;
        System.arraycopy(body, 0, le, 2, body.length);
        assertThat(SqlFileText.read(Files.write(folder.resolve("le.sql"), le))).isEqualTo(TEXT);
    }

    @Test
    void notUtf8FallsBackToWindows1252AndLineEndsBecomeNewlines() throws Exception {
        String ansi = "-- Umsätze € café\r\nSELECT 'ß';\r\n";
        Path file = Files.write(folder.resolve("ansi.sql"), ansi.getBytes(Charset.forName("windows-1252")));
        assertThat(SqlFileText.read(file)).isEqualTo("-- Umsätze € café\nSELECT 'ß';\n");
        Path oldMac = Files.write(folder.resolve("cr.sql"), "SELECT 1;\rSELECT 2;".getBytes(StandardCharsets.US_ASCII));
        assertThat(SqlFileText.read(oldMac)).isEqualTo("SELECT 1;\nSELECT 2;");
    }

    @Test
    void aFileOverTheCapIsRefusedWithTheCapInTheMessage() throws Exception {
        Path file = Files.write(folder.resolve("big.sql"), "SELECT 1;\n".repeat(110).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SqlFileText.read(file, 1024)).isInstanceOf(EngineException.class)
                .hasMessageContaining("larger than 1 KB").hasMessageContaining("sql --file");
        // Exactly at the cap still opens.
        Path atCap = Files.write(folder.resolve("cap.sql"), "x".repeat(1024).getBytes(StandardCharsets.UTF_8));
        assertThat(SqlFileText.read(atCap, 1024)).hasSize(1024);
        assertThat(SqlFileText.MAX_BYTES).isEqualTo(2 * 1024 * 1024);
    }

    @Test
    void missingFolderAndBinaryInputsSayWhy() throws Exception {
        assertThatThrownBy(() -> SqlFileText.read(folder.resolve("missing.sql"))).isInstanceOf(EngineException.class)
                .hasMessage("the file does not exist");
        Path dir = Files.createDirectory(folder.resolve("dir.sql"));
        assertThatThrownBy(() -> SqlFileText.read(dir)).hasMessage("it is a folder, not a SQL file");
        Path binary = Files.write(folder.resolve("bin.sql"), new byte[] {'P', 'A', 'R', '1', 0, 0, 1, 2});
        assertThatThrownBy(() -> SqlFileText.read(binary)).hasMessageContaining("not a text file");
        assertThat(SqlFileText.read(Files.write(folder.resolve("empty.sql"), new byte[0]))).isEmpty();
    }
}
