package io.sparkworkbench.engine.files;

import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** What is checked before an export writes anything, each refusal naming the target and the reason. */
final class ExportChecks {

    private ExportChecks() {
    }

    /** The analysed query, its partition columns checked, and refused when it reads the files it would replace. */
    static Dataset<Row> query(SparkSession spark, ExportRequest request, Path target) {
        Dataset<Row> rows;
        try {
            rows = spark.sql(request.query());
        } catch (Exception e) {
            // Spark throws AnalysisException (checked, undeclared) for bad SQL or missing tables.
            throw new EngineException("Cannot export to " + target + ": " + EngineErrors.describe(e), e);
        }
        checkPartitionColumns(rows, request.partitionBy(), target);
        checkNotReadingTarget(rows, target);
        return rows;
    }

    private static void checkPartitionColumns(Dataset<Row> rows, List<String> partitionBy, Path target) {
        if (partitionBy.isEmpty()) {
            return;
        }
        List<String> columns = Arrays.asList(rows.columns());
        Set<String> lower = new HashSet<>();
        columns.forEach(c -> lower.add(c.toLowerCase(Locale.ROOT)));
        Set<String> seen = new HashSet<>();
        for (String column : partitionBy) {
            String key = column.toLowerCase(Locale.ROOT);
            if (!lower.contains(key)) {
                throw new EngineException("Cannot export to " + target + ": there is no column " + column
                        + " to partition by (columns: " + String.join(", ", columns) + ")");
            }
            if (!seen.add(key)) {
                throw new EngineException("Cannot export to " + target + ": column " + column + " is listed twice to partition by");
            }
        }
        if (seen.size() == lower.size()) {
            throw new EngineException("Cannot export to " + target + ": partitioning by every column leaves no data for the files");
        }
    }

    /**
     * Replacing files a query reads would break the views over them (Spark keeps their file listing), so
     * it is refused. {@code inputFiles} uses the listing the views already hold: no file system walk.
     */
    private static void checkNotReadingTarget(Dataset<Row> rows, Path target) {
        for (String file : rows.inputFiles()) {
            // Hadoop's Path parses Spark's file names, spaces and all (URI.create would not).
            URI uri = new org.apache.hadoop.fs.Path(file).toUri();
            if ((uri.getScheme() == null || "file".equals(uri.getScheme())) && Path.of(uri.getPath()).startsWith(target)) {
                throw new EngineException("Cannot export to " + target + ": the query reads from it; export to another place");
            }
        }
    }

    /** The innermost message (e.g. "[DIVIDE_BY_ZERO] Division by zero ..."), not Spark's "task failed while writing" wrappers. */
    static String rootMessage(Throwable e) {
        Set<Throwable> seen = new HashSet<>();
        Throwable deepest = e;
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                deepest = t;
            }
        }
        String message = EngineErrors.describe(deepest);
        return message.replaceAll("\\s*SQLSTATE: \\w+\\.?", "").trim();
    }
}
