package io.sparkworkbench.engine.pipeline;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.FolderSwap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The steps' outputs on disk: {@code <out>/pipeline/<step>/} holds one Parquet table per view of the step and its
 * {@link StepRecord}. A step's folder is replaced as a whole (written into {@code <step>.writing}, then swapped in
 * by renames), so a stopped or failed step leaves the previous complete output and record in place (ADR 0039).
 */
final class StepStore {

    static final String FOLDER = "pipeline";

    private final Path root;

    StepStore(Path out) {
        this.root = out.resolve(FOLDER);
    }

    Path folder(PipelineStep step) {
        return root.resolve(step.id());
    }

    Path table(PipelineStep step, String view) {
        return folder(step).resolve(view);
    }

    Optional<StepRecord> record(PipelineStep step) {
        return StepRecord.read(folder(step));
    }

    /** The recorded output when it was made from {@code fingerprint} and every table of it is complete. */
    Optional<StepRecord> unchanged(PipelineStep step, String fingerprint) {
        return record(step).filter(r -> r.fingerprint().equals(fingerprint))
                .filter(r -> step.views().stream().allMatch(v -> Files.isRegularFile(table(step, v).resolve("_SUCCESS"))));
    }

    /**
     * Writes the step's views as Parquet into its staging folder, counts what was written, adds the record, swaps the
     * folder in, and registers each view again over its Parquet table, so a run and a skip leave the same views.
     * Returns the rows written.
     */
    long save(SparkSession spark, PipelineStep step, String fingerprint, String runId, String parameters, String metrics) {
        long[] rows = {0};
        replace(step, staging -> {
            for (String view : step.views()) {
                String path = staging.resolve(view).toString();
                spark.table(view).write().parquet(path);
                rows[0] += spark.read().parquet(path).count();
            }
            new StepRecord(fingerprint, rows[0], runId, parameters, metrics).writeInto(staging);
        });
        register(spark, step);
        return rows[0];
    }

    /** Registers the step's views over its Parquet tables (their footers are read, not their rows). */
    void register(SparkSession spark, PipelineStep step) {
        for (String view : step.views()) {
            if (spark.catalog().tableExists(view) && spark.catalog().isCached(view)) {
                spark.catalog().uncacheTable(view);
            }
            Dataset<Row> table = spark.read().parquet(table(step, view).toString());
            table.createOrReplaceTempView(view);
        }
    }

    /** A step whose output lives elsewhere (the data set): only its record, swapped in the same way. */
    void saveRecord(PipelineStep step, StepRecord record) {
        replace(step, record::writeInto);
    }

    private void replace(PipelineStep step, FolderSwap.Writer writer) {
        Path target = folder(step);
        try {
            FolderSwap.replace(target, ".writing", writer);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // Exception, not only IOException: Spark's Scala code may throw its checked SparkException undeclared (a cancelled job).
            throw new EngineException("Cannot write the " + step.id() + " step's output to " + target + ": " + e.getMessage(), e);
        }
    }
}
