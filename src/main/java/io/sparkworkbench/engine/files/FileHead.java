package io.sparkworkbench.engine.files;

import io.sparkworkbench.engine.sql.InputFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The first bytes of a file: enough to tell Parquet, ORC, text and binary apart. */
record FileHead(byte[] bytes) {

    static FileHead read(Path file, int max) {
        try (InputStream in = ImportSource.open(file)) {
            return new FileHead(in.readNBytes(max));
        } catch (IOException e) {
            throw new InputFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    boolean startsWith(String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= m.length && Arrays.equals(bytes, 0, m.length, m, 0, m.length);
    }

    /** Parquet and ORC by their magic bytes; JSON when the text starts with { or [; other text is taken as CSV. */
    Optional<SourceFormat> format() {
        if (startsWith("PAR1")) {
            return Optional.of(SourceFormat.PARQUET);
        }
        if (startsWith("ORC")) {
            return Optional.of(SourceFormat.ORC);
        }
        if (!looksLikeText()) {
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return Optional.of(text.startsWith("{") || text.startsWith("[") ? SourceFormat.JSON : SourceFormat.CSV);
    }

    /** The offset of the first byte that text does not have (NUL, or control characters other than tab, CR, LF, FF, ESC), or -1. */
    int firstBinaryByte() {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b)) {
                return i;
            }
        }
        return -1;
    }

    boolean looksLikeText() {
        return firstBinaryByte() < 0;
    }

    String textStart(int chars) {
        String text = new String(bytes, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return text.length() > chars ? text.substring(0, chars) + "…" : text;
    }

    /** Text formats must look like text in the first KB; UTF-16 and UTF-32 text has NULs, so it is not checked. */
    void requireText(Path file, SourceFormat format, String encoding) {
        String what = format == SourceFormat.CSV ? "CSV" : "JSON";
        Optional<SourceFormat> columnar = format().filter(f -> !f.isText());
        if (columnar.isPresent()) {
            String name = columnar.get() == SourceFormat.PARQUET ? "Parquet" : "ORC";
            throw new InputFileException(file + " is " + (columnar.get() == SourceFormat.ORC ? "an " : "a ") + name
                    + " file, not " + what + " text: choose " + name + " as the format");
        }
        String upper = encoding.toUpperCase(Locale.ROOT);
        if (upper.startsWith("UTF-16") || upper.startsWith("UTF-32") || upper.startsWith("UTF16") || upper.startsWith("UTF32")) {
            return;
        }
        int binary = firstBinaryByte();
        if (binary >= 0) {
            throw new InputFileException(String.format(Locale.ROOT,
                    "%s is not %s text: byte %,d of its first %,d bytes is 0x%02X, a control character text does not have (a binary file?)",
                    file, what, binary, bytes.length, bytes[binary] & 0xff));
        }
    }
}
