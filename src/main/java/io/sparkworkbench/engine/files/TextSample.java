package io.sparkworkbench.engine.files;

import io.sparkworkbench.engine.sql.InputFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The first records of a text file, decoded in the chosen encoding, for the preview: it never reads more
 * than {@link #MAX_BYTES} (a multi-line JSON document needs all of it, up to {@link #MAX_DOCUMENT_BYTES}).
 * Also reports the first byte that is not valid in the encoding, because Spark silently replaces such
 * bytes with U+FFFD and the user would only see odd characters.
 */
record TextSample(List<String> records, boolean complete, Optional<String> encodingWarning) {

    static final int MAX_BYTES = 1 << 20;
    static final int MAX_DOCUMENT_BYTES = 32 << 20;
    static final int CHECKED_BYTES = 64 * 1024;

    static TextSample read(Path file, ImportOptions options, int maxRecords) {
        Charset charset = charset(options.encodingOrDefault(), file);
        boolean document = options.format() == SourceFormat.JSON && options.multiLine();
        int limit = document ? MAX_DOCUMENT_BYTES : MAX_BYTES;
        byte[] bytes;
        try (InputStream in = ImportSource.open(file)) {
            bytes = in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new InputFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        boolean complete = bytes.length <= limit;
        int length = Math.min(bytes.length, limit);
        Optional<String> warning = firstInvalidByte(bytes, Math.min(length, CHECKED_BYTES), complete && length <= CHECKED_BYTES, charset)
                .map(offset -> String.format(Locale.ROOT, "byte %,d is not valid %s: choose the file's encoding, e.g. %s",
                        offset, charset.name(), charset.equals(StandardCharsets.UTF_8) ? "ISO-8859-1" : "UTF-8"));
        String text = new String(bytes, 0, length, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!complete) {
            int lastNewline = text.lastIndexOf('\n');
            text = lastNewline < 0 ? text : text.substring(0, lastNewline + 1);
        }
        List<String> records;
        if (document) {
            records = List.of(text);
        } else if (options.format() == SourceFormat.CSV && options.multiLine()) {
            records = quotedRecords(text, quoteChar(options), escapeChar(options), maxRecords);
        } else {
            records = lines(text, maxRecords);
        }
        return new TextSample(records, complete && records.size() < maxRecords, warning);
    }

    static Charset charset(String encoding, Path file) {
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputFileException("Cannot read " + file + ": '" + encoding + "' is not an encoding Java knows (e.g. UTF-8, ISO-8859-1, windows-1252, UTF-16)", e);
        }
    }

    /** The offset of the first byte of {@code bytes[0..length)} that is not valid in {@code charset}. */
    static Optional<Long> firstInvalidByte(byte[] bytes, int length, boolean endOfInput, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, endOfInput);
            if (result.isError()) {
                return Optional.of((long) in.position());
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            if (endOfInput) {
                try {
                    out.clear();
                    CoderResult flushed = decoder.flush(out);
                    if (flushed.isError()) {
                        return Optional.of((long) in.position());
                    }
                } catch (IllegalStateException e) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    private static List<String> lines(String text, int max) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length() && lines.size() < max) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            start = end + 1;
        }
        return lines;
    }

    /** Records of a CSV whose quoted values may span lines: a newline ends a record only outside quotes. */
    static List<String> quotedRecords(String text, char quote, char escape, int max) {
        List<String> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length() && records.size() < max; i++) {
            char c = text.charAt(i);
            if (quote != 0 && escape != quote && c == escape && quoted && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
                continue;
            }
            if (quote != 0 && c == quote) {
                quoted = !quoted;
            }
            if (c == '\n' && !quoted) {
                int len = current.length();
                records.add(len > 0 && current.charAt(len - 1) == '\r' ? current.substring(0, len - 1) : current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0 && records.size() < max) {
            records.add(current.toString());
        }
        return records;
    }

    private static char quoteChar(ImportOptions options) {
        return options.quote() == null ? '"' : options.quote().isEmpty() ? 0 : options.quote().charAt(0);
    }

    private static char escapeChar(ImportOptions options) {
        return options.escape() == null ? '\\' : options.escape().isEmpty() ? 0 : options.escape().charAt(0);
    }
}
