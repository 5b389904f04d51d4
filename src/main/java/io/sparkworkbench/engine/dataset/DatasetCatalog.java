package io.sparkworkbench.engine.dataset;

import io.sparkworkbench.engine.sql.TablePreview;
import io.sparkworkbench.engine.sql.TablePreviews;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Opens a data folder: every table sub-folder becomes a Spark view named after it. */
public final class DatasetCatalog {

    private static final Pattern VIEW_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final SparkEngine engine;

    /** Views the Segments and Recommendations tabs compute from the open data set (ARCHITECTURE.md, "the contract between tabs"). */
    static final List<String> DERIVED_VIEWS = List.of("customer_features", "customer_segments", "customer_churn",
            "customer_recommendations");

    public DatasetCatalog(SparkEngine engine) {
        this.engine = engine;
    }

    /** Said beside the folder when the executors of a remote cluster must read it (see {@link SparkEngine#clusterPathWarning}). */
    public java.util.Optional<String> clusterWarning(Path folder) {
        return engine == null ? java.util.Optional.empty() : engine.clusterPathWarning(folder);
    }

    public EngineTask<DatasetInfo> open(Path folder) {
        return engine.submit("Open " + folder.getFileName(), context -> register(context, folder));
    }

    public EngineTask<TablePreview> preview(String table, int limit) {
        return engine.submit("Preview " + table, context -> TablePreviews.firstRows(context.spark(), table, limit));
    }

    /** Registers the tables of {@code folder}; for tables not in its manifest, rows are counted. */
    public static DatasetInfo register(EngineContext context, Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new EngineException("Cannot open " + dir + ": no such folder");
        }
        Optional<DatasetManifest> manifest = DatasetManifest.read(dir);
        List<TableSummary> summaries = new ArrayList<>();
        for (Path tableDir : tableFolders(dir)) {
            context.checkCancelled();
            String name = tableDir.getFileName().toString();
            DataFiles files = DataFiles.of(tableDir);
            if (files.format().isEmpty()) {
                continue;
            }
            DatasetManifest.TableEntry entry = manifest.map(m -> m.tables().get(name)).orElse(null);
            Dataset<Row> df;
            try {
                df = read(context.spark(), tableDir, files.format().get(), entry);
                df.createOrReplaceTempView(name);
            } catch (RuntimeException e) {
                throw new EngineException("Cannot read table " + name + " in " + tableDir + ": "
                        + io.sparkworkbench.engine.EngineErrors.describe(e), e);
            }
            long rows = entry != null && entry.rows() >= 0 ? entry.rows() : df.count();
            summaries.add(new TableSummary(name, rows, files.count(), files.bytes(), 0));
        }
        if (summaries.isEmpty()) {
            throw new EngineException("No tables found in " + dir
                    + ": expected sub-folders of Parquet, CSV or JSON files (one per table)");
        }
        dropDerivedViews(context.spark(), summaries);
        return new DatasetInfo(dir, summaries);
    }

    /**
     * The analysis tabs' views belong to the data set they were computed from: left behind, the next data set's
     * tabs would read the previous one's segments, churn scores or recommendations (and fail once its files
     * are gone). Each tab registers its views again for the new data set. A table of the data set itself with
     * one of these names is kept.
     */
    private static void dropDerivedViews(SparkSession spark, List<TableSummary> tables) {
        for (String view : DERIVED_VIEWS) {
            if (tables.stream().noneMatch(t -> t.table().equals(view))) {
                spark.catalog().dropTempView(view);
            }
        }
    }

    static Dataset<Row> read(SparkSession spark, Path dir, String format, DatasetManifest.TableEntry entry) {
        DataFrameReader reader = spark.read().format(format);
        boolean knownSchema = entry != null && !entry.schemaDdl().isBlank();
        // The manifest's schema spares Spark a job per table: no footer reading, no CSV/JSON inference.
        if (knownSchema) {
            reader = reader.schema(entry.schemaDdl());
        }
        if ("csv".equals(format)) {
            reader = reader.option("header", "true").option("inferSchema", Boolean.toString(!knownSchema));
        }
        return reader.load(dir.toString());
    }

    private static List<Path> tableFolders(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> VIEW_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new EngineException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
