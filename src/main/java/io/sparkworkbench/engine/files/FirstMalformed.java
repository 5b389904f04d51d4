package io.sparkworkbench.engine.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * What a FAILFAST import reports: the file, the line and the raw text of the first malformed record.
 * Spark's own error shows the half-parsed row ({@code [3,plum,null]}), not the text, and no line.
 */
final class FirstMalformed {

    /** Lines scanned to find the record's line number; beyond that the message quotes the record only. */
    private static final long MAX_LINES = 5_000_000;
    private static final int MAX_QUOTE = 200;

    private FirstMalformed() {
    }

    /** The message, or empty when the permissive reader finds no malformed record (the failure was something else). */
    static Optional<String> find(Dataset<Row> parsed, StructType data, ImportSource source, ImportOptions options) {
        List<Row> first = MalformedRows.of(parsed, data, options).limit(1).collectAsList();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        String raw = first.get(0).getString(0);
        Path file = Path.of(first.get(0).getString(1));
        OptionalLong line = options.multiLine() ? OptionalLong.empty() : lineOf(file, raw, options);
        String quoted = raw.length() > MAX_QUOTE ? raw.substring(0, MAX_QUOTE) + "…" : raw;
        return Optional.of("Stopped at a malformed record in " + file + (line.isPresent() ? ", line " + line.getAsLong() : "")
                + ": \"" + quoted.replace("\n", "\\n") + "\" (parse mode FAILFAST; PERMISSIVE keeps such rows with their raw text, "
                + "DROPMALFORMED leaves them out and counts them)");
    }

    private static OptionalLong lineOf(Path file, String raw, ImportOptions options) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(ImportSource.open(file),
                TextSample.charset(options.encodingOrDefault(), file)))) {
            String line;
            for (long n = 1; n <= MAX_LINES && (line = reader.readLine()) != null; n++) {
                if (line.equals(raw) || (n == 1 && line.startsWith("\uFEFF") && line.substring(1).equals(raw))) {
                    return OptionalLong.of(n);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The line number is a courtesy: the message still quotes the record.
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
