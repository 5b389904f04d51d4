package io.sparkworkbench.app;

import io.sparkworkbench.engine.EngineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of a .sql file for a new editor document: UTF-8 (with or without a byte-order mark), UTF-16 with
 * a byte-order mark, else Windows-1252 (what Windows editors save "ANSI" SQL in); line ends as \n. Files over
 * {@link #MAX_BYTES} are refused with a message, not opened half: the editor highlights the whole text on
 * every change, and a dump that size belongs in File → Import or {@code spark-workbench sql --file}.
 * Reads the disk: call it off the JavaFX thread.
 */
public final class SqlFileText {

    /** 2 MiB: far beyond any hand-written script, small enough for the editor to stay responsive. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SqlFileText() {
    }

    /** The file's text; throws {@link EngineException} with a sentence a user can act on when it cannot be opened. */
    public static String read(Path file) {
        return read(file, MAX_BYTES);
    }

    static String read(Path file, int maxBytes) {
        if (Files.isDirectory(file)) {
            throw new EngineException("it is a folder, not a SQL file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // One byte past the cap tells "too big" without reading a huge file whole.
            bytes = in.readNBytes(maxBytes + 1);
        } catch (NoSuchFileException e) {
            throw new EngineException("the file does not exist", e);
        } catch (IOException e) {
            throw new EngineException("it cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        if (bytes.length > maxBytes) {
            throw new EngineException("it is larger than " + sizeText(maxBytes)
                    + ", more than the SQL editor opens; run it with spark-workbench sql --file, or import data files with File → Import");
        }
        return decode(bytes).replace("\r\n", "\n").replace('\r', '\n');
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (containsNul(bytes)) {
            throw new EngineException("it is not a text file (it holds NUL bytes)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static String sizeText(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
