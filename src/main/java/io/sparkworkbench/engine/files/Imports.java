package io.sparkworkbench.engine.files;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.sql.InputFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import: checks the input, infers the schema over the whole file, counts rows and malformed rows
 * in one pass, and registers the view (plus {@code <view>_malformed} when some rows were malformed).
 * Every view reads the file again when queried; nothing is cached.
 */
final class Imports {

    static final String MALFORMED_SUFFIX = "_malformed";
    private static final Logger LOG = LoggerFactory.getLogger(Imports.class);

    private Imports() {
    }

    static ImportResult run(EngineContext context, Path path, ImportOptions options, String view) {
        Optional<String> badName = ViewNames.check(view);
        if (badName.isPresent()) {
            throw new InputFileException("Cannot import " + path + ": " + badName.get());
        }
        long t0 = System.nanoTime();
        ImportSource source = ImportSource.inspect(path);
        source.requireReadableAs(options.format(), options.encodingOrDefault());
        SparkSession spark = context.spark();
        try {
            Counted counted = options.format().isText() ? text(context, source, options) : columnar(spark, source, options);
            context.checkCancelled();
            counted.view().createOrReplaceTempView(view);
            String malformedName = view + MALFORMED_SUFFIX;
            Optional<String> malformedView = Optional.empty();
            if (counted.malformedRows() != null) {
                counted.malformedRows().createOrReplaceTempView(malformedName);
                malformedView = Optional.of(malformedName);
            } else {
                // A view of an earlier import under this name would describe rows this view does not have.
                spark.catalog().dropTempView(malformedName);
            }
            long elapsed = (System.nanoTime() - t0) / 1_000_000;
            LOG.info("Imported {} as {}: {} rows, {} malformed, {} ms", source.path(), view, counted.rows(), counted.malformed(), elapsed);
            return new ImportResult(view, ImportPreviews.columns(counted.view().schema()), counted.rows(), counted.malformed(),
                    malformedView, elapsed);
        } catch (CancellationException | InputFileException e) {
            throw e;
        } catch (Exception e) {
            if (context.isCancelRequested()) {
                throw new CancellationException("Import of " + source.path() + " was stopped");
            }
            // Spark throws AnalysisException (checked, undeclared) for options it refuses.
            throw new InputFileException("Cannot import " + source.path() + " as " + options.format() + ": " + readable(e), e);
        }
    }

    /** The view to register, its row count, and the malformed rows (null when there are none). */
    private record Counted(Dataset<Row> view, long rows, long malformed, Dataset<Row> malformedRows) {
    }

    /** Parquet and ORC: the count comes from the files' footers, so it stays cheap. */
    private static Counted columnar(SparkSession spark, ImportSource source, ImportOptions options) {
        Dataset<Row> df = SparkReads.columnar(spark, source, options);
        return new Counted(df, df.count(), 0, null);
    }

    private static Counted text(EngineContext context, ImportSource source, ImportOptions options) {
        SparkSession spark = context.spark();
        StructType data = SparkReads.withOverrides(SparkReads.inferFile(spark, source, options), options.typeOverrides(), source);
        context.checkCancelled();
        Dataset<Row> parsed = SparkReads.parseFile(spark, source, options, SparkReads.withCorruptColumn(data), ParseMode.PERMISSIVE);
        Column[] columns = SparkReads.columns(data);
        Column guarded = MalformedRows.guarded(data, options);
        if (options.mode() == ParseMode.FAILFAST) {
            return failFast(source, options, data, parsed, guarded);
        }
        // One pass: all rows and malformed rows (the guarded column makes Spark check every column).
        Row counts = parsed.agg(count(lit(1)), count(guarded)).first();
        long total = counts.getLong(0);
        long malformed = counts.getLong(1);
        Dataset<Row> malformedRows = malformed > 0 ? MalformedRows.of(parsed, data, options) : null;
        if (options.mode() == ParseMode.DROPMALFORMED) {
            // Not Spark's DROPMALFORMED reader: its count(*) skips parsing and counts the dropped rows too.
            return new Counted(parsed.where(guarded.isNull()).select(columns), total - malformed, malformed, malformedRows);
        }
        Dataset<Row> view = malformed == 0 ? parsed.select(columns)
                : parsed.select(append(columns, guarded.as(SparkReads.CORRUPT)));
        return new Counted(view, total, malformed, malformedRows);
    }

    /**
     * Counts the permissive read and stops the job at the first malformed row ({@code raise_error}). Not
     * Spark's FAILFAST reader: it fails on a quoted "" in a number column, which the import reads as null
     * (docs/decisions/0010). The message then quotes the first malformed record and gives its line.
     */
    private static Counted failFast(ImportSource source, ImportOptions options, StructType data, Dataset<Row> parsed, Column guarded) {
        try {
            Column stop = when(guarded.isNotNull(), raise_error(lit("malformed record in " + source.path())));
            long total = parsed.agg(count(lit(1)), count(stop)).first().getLong(0);
            return new Counted(parsed.select(SparkReads.columns(data)), total, 0, null);
        } catch (Exception e) {
            // SparkException is checked but thrown undeclared: catch them all, let Stop through.
            if (e instanceof CancellationException cancelled) {
                throw cancelled;
            }
            throw FirstMalformed.find(parsed, data, source, options).map(InputFileException::new)
                    .orElseGet(() -> new InputFileException("Cannot import " + source.path() + " as " + options.format()
                            + ": " + readable(e), e));
        }
    }

    /** Spark's one-line description without its [ERROR_CLASS] tags and SQLSTATE codes. */
    static String readable(Throwable e) {
        String described = EngineErrors.describe(taskFailureReason(e));
        if (described.isBlank()) {
            // Some Spark messages start with a line break, which leaves describe() an empty first line.
            String message = String.valueOf(e.getMessage()).strip();
            described = message.isEmpty() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
        }
        return described.replaceAll("\\[[A-Z_.]+\\] ?", "").replaceAll("\\s*SQLSTATE: \\w+", "").strip();
    }

    /**
     * A file that breaks inside a task (a Parquet file cut short) fails the job with "Job aborted due to stage
     * failure: … Exception thrown in awaitResult:" on its first line; the reader's own reason is the last
     * cause with a message ("… is not a Parquet file. Expected magic number at tail …"). Anything else as it is.
     */
    private static Throwable taskFailureReason(Throwable e) {
        if (e.getMessage() == null || !e.getMessage().startsWith("Job aborted due to stage failure")) {
            return e;
        }
        Throwable reason = e;
        java.util.Set<Throwable> seen = new java.util.HashSet<>();
        for (Throwable t = e.getCause(); t != null && seen.add(t); t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t;
            }
        }
        return reason;
    }

    private static Column[] append(Column[] columns, Column last) {
        Column[] all = Arrays.copyOf(columns, columns.length + 1);
        all[columns.length] = last;
        return all;
    }
}
