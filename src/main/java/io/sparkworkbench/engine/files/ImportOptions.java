package io.sparkworkbench.engine.files;

import java.util.Map;

/**
 * How to read one file or folder. Text options (header ... mode) apply to CSV and JSON only.
 * {@code typeOverrides} maps a column name to a Spark SQL type ({@code "decimal(10,2)"}) that replaces
 * the inferred one; with {@code inferSchema} off every CSV column is a string unless overridden (JSON
 * values are then read as strings too). A null or blank {@code dateFormat}/{@code timestampFormat}
 * leaves Spark's default; a null delimiter, quote, escape or encoding leaves Spark's default, while an
 * empty quote turns quoting off (Spark's meaning).
 * <p>{@code nullValue} (CSV) is the text that means null besides an empty field; default "" (none). An
 * unquoted empty field is always null; a quoted empty field ({@code ""}) is an empty string in a string
 * column and null in any other column, so that a CSV the workbench exported (null written as an empty
 * field, "" as {@code ""}) reads back as it was, and a {@code ""} in a number column is not malformed.
 * Set it to e.g. {@code NULL} or {@code \N} for database dumps.
 */
public record ImportOptions(SourceFormat format, boolean header, String delimiter, String quote, String escape,
                            String encoding, boolean multiLine, String dateFormat, String timestampFormat,
                            boolean inferSchema, ParseMode mode, Map<String, String> typeOverrides, String nullValue) {

    public ImportOptions {
        java.util.Objects.requireNonNull(format, "format");
        mode = mode == null ? ParseMode.PERMISSIVE : mode;
        typeOverrides = typeOverrides == null ? Map.of() : Map.copyOf(typeOverrides);
        nullValue = nullValue == null ? "" : nullValue;
    }

    /** Spark's defaults for {@code format}: header on, comma, UTF-8, types inferred, PERMISSIVE. */
    public static ImportOptions defaults(SourceFormat format) {
        return new ImportOptions(format, true, ",", "\"", "\\", "UTF-8", false, "", "", true, ParseMode.PERMISSIVE, Map.of(), "");
    }

    public ImportOptions withFormat(SourceFormat value) {
        return new ImportOptions(value, header, delimiter, quote, escape, encoding, multiLine, dateFormat, timestampFormat, inferSchema, mode, typeOverrides, nullValue);
    }

    public ImportOptions withHeader(boolean value) {
        return new ImportOptions(format, value, delimiter, quote, escape, encoding, multiLine, dateFormat, timestampFormat, inferSchema, mode, typeOverrides, nullValue);
    }

    public ImportOptions withDelimiter(String value) {
        return new ImportOptions(format, header, value, quote, escape, encoding, multiLine, dateFormat, timestampFormat, inferSchema, mode, typeOverrides, nullValue);
    }

    public ImportOptions withQuote(String value) {
        return new ImportOptions(format, header, delimiter, value, escape, encoding, multiLine, dateFormat, timestampFormat, inferSchema, mode, typeOverrides, nullValue);
    }

    public ImportOptions withEscape(String value) {
        return new ImportOptions(format, header, delimiter, quote, value, encoding, multiLine, dateFormat, timestampFormat, inferSchema, mode, typeOverrides, nullValue);
    }

    public ImportOptions withEncoding(String value) {
        return new ImportOptions(format, header, delimiter, quote, escape, value, multiLine, dateFormat, timestampFormat, inferSchema, mode, typeOverrides, nullValue);
    }

    public ImportOptions withMultiLine(boolean value) {
        return new ImportOptions(format, header, delimiter, quote, escape, encoding, value, dateFormat, timestampFormat, inferSchema, mode, typeOverrides, nullValue);
    }

    public ImportOptions withDateFormat(String value) {
        return new ImportOptions(format, header, delimiter, quote, escape, encoding, multiLine, value, timestampFormat, inferSchema, mode, typeOverrides, nullValue);
    }

    public ImportOptions withTimestampFormat(String value) {
        return new ImportOptions(format, header, delimiter, quote, escape, encoding, multiLine, dateFormat, value, inferSchema, mode, typeOverrides, nullValue);
    }

    public ImportOptions withInferSchema(boolean value) {
        return new ImportOptions(format, header, delimiter, quote, escape, encoding, multiLine, dateFormat, timestampFormat, value, mode, typeOverrides, nullValue);
    }

    public ImportOptions withMode(ParseMode value) {
        return new ImportOptions(format, header, delimiter, quote, escape, encoding, multiLine, dateFormat, timestampFormat, inferSchema, value, typeOverrides, nullValue);
    }

    public ImportOptions withTypeOverrides(Map<String, String> value) {
        return new ImportOptions(format, header, delimiter, quote, escape, encoding, multiLine, dateFormat, timestampFormat, inferSchema, mode, value, nullValue);
    }

    public ImportOptions withNullValue(String value) {
        return new ImportOptions(format, header, delimiter, quote, escape, encoding, multiLine, dateFormat, timestampFormat, inferSchema, mode, typeOverrides, value);
    }

    /** The encoding to read text with: the one given, or UTF-8. */
    public String encodingOrDefault() {
        return encoding == null || encoding.isBlank() ? "UTF-8" : encoding.trim();
    }
}
