package io.sparkworkbench.engine.files;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.engine.sql.InputFileException;
import io.sparkworkbench.engine.sql.PlainValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The import preview: the first rows without registering anything and without scanning a big file.
 * Text is read in Java (at most {@link TextSample#MAX_BYTES}) and parsed by Spark from a
 * {@code Dataset<String>} with the import's options, so types are inferred from those records only; the
 * import infers them over the whole file (docs/decisions/0008). Malformed rows are always shown, with
 * their raw text last, whatever the parse mode: a warning says what the import will do with them.
 */
final class ImportPreviews {

    /** Records the preview's types are inferred from, at most (besides the rows shown). */
    static final int INFERENCE_RECORDS = 1000;

    private ImportPreviews() {
    }

    /** {@link #preview} with Spark's failures turned into a message naming the file. */
    static ImportPreview run(EngineContext context, Path path, ImportOptions options, int rows) {
        try {
            return preview(context.spark(), path, options, rows);
        } catch (InputFileException | CancellationException | IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            if (context.isCancelRequested()) {
                throw new CancellationException("Preview of " + path + " was stopped");
            }
            // Spark throws AnalysisException (checked, undeclared) for options it refuses.
            throw new InputFileException("Cannot preview " + path.toAbsolutePath().normalize() + " as " + options.format()
                    + ": " + Imports.readable(e), e);
        }
    }

    static ImportPreview preview(SparkSession spark, Path path, ImportOptions options, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("A preview needs at least 1 row, not " + rows);
        }
        ImportSource source = ImportSource.inspect(path);
        source.requireReadableAs(options.format(), options.encodingOrDefault());
        if (!options.format().isText()) {
            Dataset<Row> df = SparkReads.columnar(spark, source, options);
            return new ImportPreview(columns(df.schema()), values(df.limit(rows).collectAsList()), 0, List.of());
        }
        Path sampleFile = source.sampleFile();
        if (Compression.of(sampleFile).filter(c -> !c.equals("gz")).isPresent()) {
            throw new InputFileException("Cannot preview " + sampleFile + ": only .gz compressed text can be previewed (the import can read it)");
        }
        TextSample sample = TextSample.read(source.sampleFile(), options, Math.max(rows + 1, INFERENCE_RECORDS));
        List<String> warnings = new ArrayList<>();
        sample.encodingWarning().ifPresent(warnings::add);
        Dataset<Row> parsed;
        StructType data;
        if (options.format() == SourceFormat.JSON && options.multiLine() && !sample.complete()) {
            // One JSON document bigger than the sample cannot be cut: Spark reads it (it parses it whole anyway).
            data = SparkReads.withOverrides(SparkReads.inferFile(spark, source, options), options.typeOverrides(), source);
            parsed = SparkReads.parseFile(spark, source, options, SparkReads.withCorruptColumn(data), ParseMode.PERMISSIVE);
        } else {
            Dataset<String> records = spark.createDataset(sample.records(), Encoders.STRING());
            StructType inferred = SparkReads.inferSample(spark, records, source, options);
            if (options.format() == SourceFormat.JSON) {
                inferred = JsonKeyOrder.reorder(inferred, sample.records());
            }
            data = SparkReads.withOverrides(inferred, options.typeOverrides(), source);
            parsed = SparkReads.parseSample(spark, records, options, SparkReads.withCorruptColumn(data));
        }
        Column[] shown = java.util.Arrays.copyOf(SparkReads.columns(data), data.fields().length + 1);
        shown[data.fields().length] = MalformedRows.guarded(data, options).as(SparkReads.CORRUPT);
        List<Row> fetched = parsed.select(shown).limit(rows).collectAsList();
        int corruptIndex = data.fields().length;
        int malformed = (int) fetched.stream().filter(r -> !r.isNullAt(corruptIndex)).count();
        List<List<Object>> values = new ArrayList<>();
        for (Row row : fetched) {
            List<Object> all = PlainValues.of(row);
            values.add(malformed > 0 ? all : all.subList(0, corruptIndex));
        }
        List<ColumnInfo> columns = columns(data);
        if (malformed > 0) {
            columns.add(new ColumnInfo(SparkReads.CORRUPT, "string"));
            warnings.add(malformedWarning(malformed, fetched.size(), options.mode()));
        }
        return new ImportPreview(List.copyOf(columns), List.copyOf(values), malformed, List.copyOf(warnings));
    }

    private static String malformedWarning(int malformed, int shown, ParseMode mode) {
        String rows = malformed + " of the " + shown + " rows shown " + (malformed == 1 ? "is" : "are") + " malformed";
        return switch (mode) {
            case PERMISSIVE -> rows + ": the import keeps them, with their raw text in " + SparkReads.CORRUPT;
            case DROPMALFORMED -> rows + ": the import leaves them out and counts them";
            case FAILFAST -> rows + ": the import will stop at the first one";
        };
    }

    static List<ColumnInfo> columns(StructType schema) {
        List<ColumnInfo> columns = new ArrayList<>();
        for (StructField field : schema.fields()) {
            columns.add(new ColumnInfo(field.name(), field.dataType().simpleString()));
        }
        return columns;
    }

    private static List<List<Object>> values(List<Row> rows) {
        return rows.stream().map(PlainValues::of).toList();
    }
}
