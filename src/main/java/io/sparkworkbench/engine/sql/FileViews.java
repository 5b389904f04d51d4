package io.sparkworkbench.engine.sql;

import java.nio.file.Files;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.SparkSession;

/** Registers {@link ViewSpec}s as temporary views, with a message naming the file when it cannot. */
public final class FileViews {

    private FileViews() {
    }

    public static void register(SparkSession spark, ViewSpec view) {
        if (!Files.exists(view.path())) {
            throw new InputFileException("Cannot read " + view.path() + " for view " + view.name() + ": no such file or folder");
        }
        if (!Files.isReadable(view.path())) {
            throw new InputFileException("Cannot read " + view.path() + " for view " + view.name() + ": permission denied");
        }
        String format = view.resolveFormat();
        DataFrameReader reader = spark.read().format(format);
        if ("csv".equals(format)) {
            String name = view.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            reader = reader.option("header", "true").option("inferSchema", "true")
                    .option("sep", name.endsWith(".tsv") ? "\t" : ",");
        }
        try {
            reader.load(view.path().toString()).createOrReplaceTempView(view.name());
        } catch (Exception e) {
            // Spark throws AnalysisException (checked, undeclared) for unreadable or empty inputs.
            throw new InputFileException("Cannot read " + view.path() + " as " + format + " for view " + view.name()
                    + ": " + io.sparkworkbench.engine.EngineErrors.describe(e), e);
        }
    }
}
