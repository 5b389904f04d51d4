package io.sparkworkbench.engine.files;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Full-data exports through Spark's writers, atomic: written into a hidden staging folder beside the
 * target; only when complete is the old target moved aside, the new one moved in, and the old deleted.
 * A failed or stopped export leaves the old data as it was.
 */
public final class DataExports {

    /**
     * Spark's default text timestamp format keeps milliseconds; its timestamps have microseconds. Written
     * in full (with the offset), a CSV or JSON export reads back as the same instants.
     */
    static final String TIMESTAMP_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX";
    static final String TIMESTAMP_NTZ_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS";

    private final SparkEngine engine;
    private final StagedExport.Mover mover;

    public DataExports(SparkEngine engine) {
        this(engine, StagedExport.RENAME);
    }

    DataExports(SparkEngine engine, StagedExport.Mover mover) {
        this.engine = engine;
        this.mover = mover;
    }

    /** Whether the export would replace something (the UI asks before overwriting). */
    public static boolean targetExists(ExportRequest request) {
        return java.nio.file.Files.exists(request.target());
    }

    public EngineTask<ExportOutcome> export(ExportRequest request) {
        return engine.submit("Export to " + request.target().getFileName(), EnginePool.BACKGROUND, context -> exportWithin(context, request));
    }

    /** The same export inside work that already runs as an engine action (the command line's {@code sql --out}). */
    public ExportOutcome exportWithin(EngineContext context, ExportRequest request) {
        Path target = request.target().toAbsolutePath().normalize();
        SparkSession spark = context.spark();
        Dataset<Row> rows = ExportChecks.query(spark, request, target);
        try (StagedExport staged = StagedExport.beside(target, mover)) {
            Observation observed = new Observation("export-rows-" + UUID.randomUUID());
            Dataset<Row> counted = rows.observe(observed, count(lit(1)).as("rows"));
            boolean written = false;
            try {
                writer(request.singleFile() ? counted.coalesce(1) : counted, request).save(staged.folder().toString());
                written = true;
            } catch (RuntimeException e) {
                throw failure(context, target, e);
            } finally {
                if (!written) {
                    // Tasks still being killed could recreate the staging folder after it is deleted.
                    TaskDrain.awaitTasksOf(spark, context.tag());
                }
            }
            context.checkCancelled();
            long rowCount = rowsOf(observed, target);
            Path output = request.singleFile() ? staged.singleDataFile() : staged.folder();
            long bytes = staged.dataBytes();
            // Last chance for Stop: after this the old data are replaced.
            context.checkCancelled();
            boolean replaced = staged.commit(output);
            return new ExportOutcome(target, rowCount, bytes, replaced);
        }
    }

    private static DataFrameWriter<Row> writer(Dataset<Row> rows, ExportRequest request) {
        DataFrameWriter<Row> writer = rows.write().mode(SaveMode.ErrorIfExists).format(request.format().name().toLowerCase(Locale.ROOT));
        if (request.format().isText()) {
            writer = writer.option("timestampFormat", TIMESTAMP_FORMAT).option("timestampNTZFormat", TIMESTAMP_NTZ_FORMAT);
        }
        if (request.format() == SourceFormat.JSON) {
            // Spark leaves null fields out of JSON: a column null in every row would vanish from the file.
            writer = writer.option("ignoreNullFields", "false");
        }
        if (request.format() == SourceFormat.CSV) {
            // Spark's CSV writer trims spaces at both ends of values by default: an export must not change text.
            writer = writer.option("header", "true").option("ignoreLeadingWhiteSpace", "false")
                    .option("ignoreTrailingWhiteSpace", "false");
        }
        if (!request.partitionBy().isEmpty()) {
            writer = writer.partitionBy(request.partitionBy().toArray(String[]::new));
        }
        return writer;
    }

    /** The row count the write observed (no second pass); it is reported when the write's job ends. */
    private static long rowsOf(Observation observed, Path target) {
        try {
            Row metrics = scala.concurrent.Await.result(observed.future(),
                    scala.concurrent.duration.Duration.create(30, TimeUnit.SECONDS));
            return metrics.getLong(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while exporting to " + target);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new EngineException("Spark did not report how many rows it wrote to " + target + "; nothing was replaced", e);
        }
    }

    /** A stop stays a stop; an I/O problem names the target and the problem; anything else says what failed. */
    private static RuntimeException failure(EngineContext context, Path target, RuntimeException e) {
        if (context.isCancelRequested()) {
            return new CancellationException("Export to " + target + " was stopped");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return new EngineException("Could not write " + target + ": " + StagedExport.reason(io)
                        + "; existing data were left as they were", e);
            }
        }
        return new EngineException("Export to " + target + " failed: " + ExportChecks.rootMessage(e)
                + "; existing data were left as they were", e);
    }
}
