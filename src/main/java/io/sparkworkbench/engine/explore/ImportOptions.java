package io.sparkworkbench.engine.explore;

import java.util.Map;

/**
 * How to read one file or folder. Text options (header ... mode) apply to CSV and JSON only.
 * {@code typeOverrides} maps a column name to a Spark SQL type ({@code "decimal(10,2)"}) that replaces
 * the inferred one; with {@code inferSchema} off every CSV column is a string unless overridden (JSON
 * values are then read as strings too). A null or blank {@code dateFormat}/{@code timestampFormat}
 * leaves Spark's default; a null delimiter, quote, escape or encoding leaves Spark's default, while an
 * empty quote turns quoting off (Spark's meaning).
 */
public record ImportOptions(SourceFormat format, boolean header, String delimiter, String quote, String escape,
                            String encoding, boolean multiLine, String dateFormat, String timestampFormat,
                            boolean inferSchema, ParseMode mode, Map<String, String> typeOverrides) {

    public ImportOptions {
        java.util.Objects.requireNonNull(format, "format");
        mode = mode == null ? ParseMode.PERMISSIVE : mode;
        typeOverrides = typeOverrides == null ? Map.of() : Map.copyOf(typeOverrides);
    }

    /** Spark's defaults for {@code format}: header on, comma, UTF-8, types inferred, PERMISSIVE. */
    public static ImportOptions defaults(SourceFormat format) {
        return new ImportOptions(format, true, ",", "\"", "\\", "UTF-8", false, "", "", true, ParseMode.PERMISSIVE, Map.of());
    }

    public ImportOptions withFormat(SourceFormat value) {
        return new ImportOptions(value, header, delimiter, quote, escape, encoding, multiLine, dateFormat, timestampFormat, inferSchema, mode, typeOverrides);
    }

    public ImportOptions withHeader(boolean value) {
        return new ImportOptions(format, value, delimiter, quote, escape, encoding, multiLine, dateFormat, timestampFormat, inferSchema, mode, typeOverrides);
    }

    public ImportOptions withDelimiter(String value) {
        return new ImportOptions(format, header, value, quote, escape, encoding, multiLine, dateFormat, timestampFormat, inferSchema, mode, typeOverrides);
    }

    public ImportOptions withQuote(String value) {
        return new ImportOptions(format, header, delimiter, value, escape, encoding, multiLine, dateFormat, timestampFormat, inferSchema, mode, typeOverrides);
    }

    public ImportOptions withEscape(String value) {
        return new ImportOptions(format, header, delimiter, quote, value, encoding, multiLine, dateFormat, timestampFormat, inferSchema, mode, typeOverrides);
    }

    public ImportOptions withEncoding(String value) {
        return new ImportOptions(format, header, delimiter, quote, escape, value, multiLine, dateFormat, timestampFormat, inferSchema, mode, typeOverrides);
    }

    public ImportOptions withMultiLine(boolean value) {
        return new ImportOptions(format, header, delimiter, quote, escape, encoding, value, dateFormat, timestampFormat, inferSchema, mode, typeOverrides);
    }

    public ImportOptions withDateFormat(String value) {
        return new ImportOptions(format, header, delimiter, quote, escape, encoding, multiLine, value, timestampFormat, inferSchema, mode, typeOverrides);
    }

    public ImportOptions withTimestampFormat(String value) {
        return new ImportOptions(format, header, delimiter, quote, escape, encoding, multiLine, dateFormat, value, inferSchema, mode, typeOverrides);
    }

    public ImportOptions withInferSchema(boolean value) {
        return new ImportOptions(format, header, delimiter, quote, escape, encoding, multiLine, dateFormat, timestampFormat, value, mode, typeOverrides);
    }

    public ImportOptions withMode(ParseMode value) {
        return new ImportOptions(format, header, delimiter, quote, escape, encoding, multiLine, dateFormat, timestampFormat, inferSchema, value, typeOverrides);
    }

    public ImportOptions withTypeOverrides(Map<String, String> value) {
        return new ImportOptions(format, header, delimiter, quote, escape, encoding, multiLine, dateFormat, timestampFormat, inferSchema, mode, value);
    }

    /** The encoding to read text with: the one given, or UTF-8. */
    public String encodingOrDefault() {
        return encoding == null || encoding.isBlank() ? "UTF-8" : encoding.trim();
    }
}
