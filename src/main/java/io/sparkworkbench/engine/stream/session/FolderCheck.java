package io.sparkworkbench.engine.stream.session;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.stream.LiveEventSchema;
import io.sparkworkbench.engine.stream.source.StreamSourceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Checks a user's folder before the live queries read it. The streaming source reads malformed lines as rows of
 * nulls (a live chart should not die on one bad line), so a folder of files in another shape would start "fine" and
 * chart nothing. Here the first files already there are read in a batch with a corrupt-record column: a line that
 * does not parse, or lacks the columns every chart needs, is reported naming the file and the problem.
 */
final class FolderCheck {

    static final int FILES_CHECKED = 20;
    private static final String CORRUPT = "_corrupt_record";
    private static final List<String> REQUIRED = List.of(LiveEventSchema.EVENT_ID, LiveEventSchema.SESSION_ID, LiveEventSchema.EVENT_TS,
            LiveEventSchema.EVENT_TYPE);

    private FolderCheck() {
    }

    /** @return how many files were checked (0 for a folder that is still empty) */
    static int check(SparkSession spark, StreamSourceSpec spec) {
        spec.validate();
        List<Path> files = firstFiles(spec.folder());
        if (files.isEmpty()) {
            return 0;
        }
        StructType schema = spec.schema().add(CORRUPT, DataTypes.StringType, true);
        DataFrameReader reader = spark.read().schema(schema).option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT);
        if (spec.format() == StreamSourceSpec.Format.CSV) {
            reader = reader.option("header", spec.csvHeader());
        }
        String[] paths = files.stream().map(p -> p.toAbsolutePath().toString()).toArray(String[]::new);
        Dataset<Row> rows;
        try {
            rows = reader.format(spec.format().sparkName()).load(paths).withColumn("_file", input_file_name()).cache();
        } catch (RuntimeException e) {
            throw new EngineException("Cannot read the files in " + spec.folder() + ": " + io.sparkworkbench.engine.EngineErrors.describe(e), e);
        }
        try {
            Column missing = col(CORRUPT).isNotNull();
            for (String c : REQUIRED) {
                missing = missing.or(col(c).isNull());
            }
            List<Row> bad = rows.where(missing).select(col("_file"), col(CORRUPT), col(LiveEventSchema.EVENT_TS), col(LiveEventSchema.EVENT_TYPE))
                    .limit(1).collectAsList();
            if (!bad.isEmpty()) {
                Row first = bad.get(0);
                String file = first.isNullAt(0) ? spec.folder().toString() : first.getString(0);
                String problem = !first.isNullAt(1)
                        ? "a line does not parse as " + spec.format().name() + " with the live event columns: " + shorten(first.getString(1))
                        : "a row has no " + String.join(", ", REQUIRED.subList(0, REQUIRED.size())) + " (or one of them does not parse)";
                throw new EngineException("The stream folder's file " + file + " cannot feed the live charts: " + problem
                        + ". The files need the columns " + String.join(", ", LiveEventSchema.SCHEMA.fieldNames())
                        + (spec.format() == StreamSourceSpec.Format.CSV ? " (CSV: with a header line if 'header' is ticked)" : ""));
            }
        } finally {
            rows.unpersist();
        }
        return files.size();
    }

    private static List<Path> firstFiles(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            // Spark's file source skips names starting with _ or . (temporary files of writers): so does the check.
            return listing.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("_")
                    && !p.getFileName().toString().startsWith(".")).sorted().limit(FILES_CHECKED).toList();
        } catch (IOException e) {
            throw new EngineException("Cannot list the stream folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String shorten(String line) {
        String one = line.strip();
        return one.length() > 120 ? "'" + one.substring(0, 120) + "…'" : "'" + one + "'";
    }
}
