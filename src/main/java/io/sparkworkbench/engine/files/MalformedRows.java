package io.sparkworkbench.engine.files;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.url_decode;
import static org.apache.spark.sql.functions.when;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;

/**
 * The raw text of malformed rows, as a column every query can use. Two Spark rules make the plain
 * corrupt-record column unreliable on a raw CSV/JSON file: a query whose only column is it is refused
 * (QUERY_ONLY_CORRUPT_RECORD_COLUMN), and the parsers only check the columns a query reads, so
 * {@code SELECT id, _corrupt_record} misses a row whose price is not a number. The guarded column
 * below names every data column (inside a {@code coalesce} that never evaluates them: the raw text
 * comes first), so Spark parses and checks whole rows wherever it is used; the optimizer cannot drop
 * that reference because {@code to_json} may be null.
 */
final class MalformedRows {

    static final String RAW = "raw_record";
    static final String FILE = "source_file";

    private MalformedRows() {
    }

    /** The raw text when the row is malformed, else null; reading it parses every column of {@code data}. */
    static Column guarded(StructType data, ImportOptions options) {
        Column raw = raw(data, options);
        return when(raw.isNotNull(), coalesce(raw, to_json(struct(SparkReads.columns(data)))));
    }

    /**
     * Spark's raw text of a malformed record, except for CSV records whose only fault is a quoted empty
     * field ({@code ""}) in a column that is not a string. The import keeps {@code ""} apart from null
     * (docs/decisions/0010), so Spark's parser fails on it in a number or date column, where it can only
     * mean null; its partial row already has null there. Such records are parsed again, from their raw
     * text, with {@code ""} meaning null: if that parse succeeds, the record is not malformed. Only
     * records Spark flagged are parsed again.
     */
    static Column raw(StructType data, ImportOptions options) {
        Column raw = col(SparkReads.CORRUPT);
        boolean onlyStrings = java.util.Arrays.stream(data.fields()).allMatch(f -> f.dataType() instanceof StringType);
        if (options.format() != SourceFormat.CSV || onlyStrings) {
            return raw;
        }
        Map<String, String> emptyIsNull = new HashMap<>(SparkReads.textOptions(options, ParseMode.PERMISSIVE, false));
        emptyIsNull.remove("header");
        emptyIsNull.put("emptyValue", emptyIsNull.get("nullValue"));
        Column reparsed = from_csv(raw, lit(SparkReads.withCorruptColumn(data).toDDL()), emptyIsNull).getField(SparkReads.CORRUPT);
        return when(raw.isNotNull().and(reparsed.isNotNull()), raw);
    }

    /** One row per malformed input record: its raw text and the file it came from. */
    static Dataset<Row> of(Dataset<Row> parsed, StructType data, ImportOptions options) {
        Column guarded = guarded(data, options);
        return parsed.where(guarded.isNotNull()).select(guarded.as(RAW), sourceFile().as(FILE));
    }

    /**
     * The local path of the row's file. {@code _metadata.file_path} is a URI ({@code file:/a%20b.csv});
     * url_decode would turn a literal + into a space, so + is protected first.
     */
    static Column sourceFile() {
        Column uri = col("_metadata.file_path");
        return regexp_replace(url_decode(replace(uri, lit("+"), lit("%2B"))), lit("^file:(//)?"), lit(""));
    }
}
