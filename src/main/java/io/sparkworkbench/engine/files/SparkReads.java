package io.sparkworkbench.engine.files;

import io.sparkworkbench.engine.sql.InputFileException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark readers for an import: the options applied, the schema inferred (or every column a string),
 * type overrides applied. Text formats are read from the file or from a preview's sample records
 * ({@code Dataset<String>}) with the same options, so the preview parses the way the import will.
 */
final class SparkReads {

    /** Spark's default name for the raw text of a malformed record. */
    static final String CORRUPT = "_corrupt_record";
    /** The CSV nullValue Spark gets when no text means null: a field that is exactly U+0000 does not occur in text. */
    static final String NO_NULL_TEXT = "\u0000";

    private SparkReads() {
    }

    /** A reader with the user's text options, or a plain one for Parquet and ORC. */
    static DataFrameReader reader(SparkSession spark, ImportOptions options, ParseMode mode, boolean fromFile) {
        DataFrameReader reader = spark.read().format(options.format().name().toLowerCase(Locale.ROOT));
        return options.format().isText() ? reader.options(textOptions(options, mode, fromFile)) : reader;
    }

    /** Spark's options for the user's text options (the file reader's and, for CSV, {@code from_csv}'s). */
    static Map<String, String> textOptions(ImportOptions options, ParseMode mode, boolean fromFile) {
        Map<String, String> spark = new LinkedHashMap<>();
        spark.put("mode", mode.name());
        spark.put("columnNameOfCorruptRecord", CORRUPT);
        spark.put("multiLine", String.valueOf(options.multiLine()));
        if (!blank(options.dateFormat())) {
            spark.put("dateFormat", options.dateFormat().trim());
        }
        if (!blank(options.timestampFormat())) {
            spark.put("timestampFormat", options.timestampFormat().trim());
        }
        if (fromFile) {
            // Sample records are already decoded Java strings; only files need the encoding.
            spark.put("encoding", options.encodingOrDefault());
        }
        if (options.format() == SourceFormat.CSV) {
            spark.put("header", String.valueOf(options.header()));
            putIfSet(spark, "sep", options.delimiter());
            putIfSet(spark, "quote", options.quote());
            putIfSet(spark, "escape", options.escape());
            // Spark's default nullValue "" makes a quoted "" null too; a marker that never occurs keeps it an
            // empty string (Spark turns an unquoted empty field into the nullValue, so that one stays null).
            spark.put("nullValue", options.nullValue().isEmpty() ? NO_NULL_TEXT : options.nullValue());
            spark.put("emptyValue", "");
        } else if (fromFile && !options.multiLine()
                && !Charset.forName(options.encodingOrDefault()).equals(StandardCharsets.UTF_8)) {
            // Spark's JSON Lines reader refuses a non-UTF-8 encoding unless the line separator is given.
            spark.put("lineSep", "\n");
        }
        return spark;
    }

    /** The schema over the whole file or folder (Spark's inference reads all of it: types fit every row). */
    static StructType inferFile(SparkSession spark, ImportSource source, ImportOptions options) {
        StructType data = dataColumns(inferring(spark, options, true).load(HadoopPaths.literal(source.path())).schema(), source, options);
        return options.format() == SourceFormat.JSON ? JsonKeyOrder.reorder(data, firstRecords(source, options)) : data;
    }

    /** The first records of the file (or the folder's first file) for JSON's column order; none if unreadable here. */
    private static List<String> firstRecords(ImportSource source, ImportOptions options) {
        try {
            return TextSample.read(source.sampleFile(), options, ImportPreviews.INFERENCE_RECORDS).records();
        } catch (InputFileException e) {
            // Spark read it (e.g. a codec TextSample does not decode): its column order is still correct data.
            return List.of();
        }
    }

    /** The schema of the preview's sample records only. */
    static StructType inferSample(SparkSession spark, Dataset<String> sample, ImportSource source, ImportOptions options) {
        DataFrameReader reader = inferring(spark, options, false);
        StructType schema = options.format() == SourceFormat.CSV ? reader.csv(sample).schema() : reader.json(sample).schema();
        return dataColumns(schema, source, options);
    }

    static Dataset<Row> parseFile(SparkSession spark, ImportSource source, ImportOptions options, StructType schema, ParseMode mode) {
        return reader(spark, options, mode, true).schema(schema).load(HadoopPaths.literal(source.path()));
    }

    static Dataset<Row> parseSample(SparkSession spark, Dataset<String> sample, ImportOptions options, StructType schema) {
        DataFrameReader reader = reader(spark, options, ParseMode.PERMISSIVE, false).schema(schema);
        return options.format() == SourceFormat.CSV ? reader.csv(sample) : reader.json(sample);
    }

    /** Parquet or ORC with the type overrides applied as casts (the file's own types are exact). */
    static Dataset<Row> columnar(SparkSession spark, ImportSource source, ImportOptions options) {
        Dataset<Row> df = reader(spark, options, ParseMode.PERMISSIVE, true).load(HadoopPaths.literal(source.path()));
        StructType overridden = withOverrides(df.schema(), options.typeOverrides(), source);
        List<Column> columns = new ArrayList<>();
        for (StructField field : overridden.fields()) {
            Column column = column(field.name());
            columns.add(df.schema().apply(field.name()).dataType().equals(field.dataType()) ? column
                    : column.cast(field.dataType()).as(field.name()));
        }
        return df.select(columns.toArray(Column[]::new));
    }

    /** {@code schema} with each overridden column's type replaced; names the column and type when one is wrong. */
    static StructType withOverrides(StructType schema, Map<String, String> overrides, ImportSource source) {
        StructField[] fields = schema.fields().clone();
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            int index = indexOf(fields, override.getKey());
            if (index < 0) {
                throw new InputFileException("Type override for column '" + override.getKey() + "' (" + override.getValue()
                        + "): " + source.path() + " has no such column (its columns: " + String.join(", ", schema.fieldNames()) + ")");
            }
            DataType type = parseType(override.getKey(), override.getValue());
            fields[index] = new StructField(fields[index].name(), type, true, fields[index].metadata());
        }
        return new StructType(fields);
    }

    static StructType withCorruptColumn(StructType data) {
        return data.add(CORRUPT, DataTypes.StringType, true);
    }

    static Column column(String name) {
        return functions.col("`" + name.replace("`", "``") + "`");
    }

    static Column[] columns(StructType schema) {
        return java.util.Arrays.stream(schema.fieldNames()).map(SparkReads::column).toArray(Column[]::new);
    }

    private static DataType parseType(String column, String type) {
        if (blank(type)) {
            throw new InputFileException("Type override for column '" + column + "' is empty: give a Spark SQL type such as int, double, decimal(10,2), date or timestamp");
        }
        try {
            return DataType.fromDDL(type.trim());
        } catch (Exception e) {
            // Spark's ParseException is a checked AnalysisException thrown undeclared.
            throw new InputFileException("Type override for column '" + column + "': '" + type
                    + "' is not a Spark SQL type (e.g. int, bigint, double, decimal(10,2), date, timestamp, string)", e);
        }
    }

    private static int indexOf(StructField[] fields, String name) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].name().equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Inference runs PERMISSIVE so that it sees every row; with inferSchema off, values stay strings. */
    private static DataFrameReader inferring(SparkSession spark, ImportOptions options, boolean fromFile) {
        DataFrameReader reader = reader(spark, options, ParseMode.PERMISSIVE, fromFile);
        return options.format() == SourceFormat.CSV ? reader.option("inferSchema", options.inferSchema())
                : reader.option("primitivesAsString", !options.inferSchema());
    }

    /** The inferred columns without JSON's corrupt-record column; fails when no column is left to read. */
    private static StructType dataColumns(StructType inferred, ImportSource source, ImportOptions options) {
        StructType data = new StructType(java.util.Arrays.stream(inferred.fields())
                .filter(f -> !f.name().equals(CORRUPT)).toArray(StructField[]::new));
        if (data.isEmpty()) {
            if (options.format() == SourceFormat.JSON && inferred.fields().length > 0) {
                throw new InputFileException("No record of " + source.path() + " is valid JSON" + (options.multiLine()
                        ? "" : ": if the file is one JSON document (or array) spread over several lines, turn on multi-line"));
            }
            throw new InputFileException(source.path() + " has no rows (only blank lines)");
        }
        return data;
    }

    private static void putIfSet(Map<String, String> spark, String key, String value) {
        if (value != null) {
            spark.put(key, value);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
