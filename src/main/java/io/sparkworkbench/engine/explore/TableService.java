package io.sparkworkbench.engine.explore;

import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.engine.sql.TablePreview;
import io.sparkworkbench.engine.sql.TablePreviews;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Table;
import org.apache.spark.sql.catalyst.catalog.TemporaryViewRelation;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Per-table actions of the catalog explorer. Table names are as the catalog lists them (quoted here). */
public final class TableService {

    private static final Logger LOG = LoggerFactory.getLogger(TableService.class);

    private final SparkEngine engine;

    public TableService(SparkEngine engine) {
        this.engine = engine;
    }

    public EngineTask<TableDetails> details(String table) {
        return engine.submit("Details of " + table, context -> details(context, table));
    }

    public EngineTask<TablePreview> preview(String table, int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("A preview cannot have " + rows + " rows");
        }
        return engine.submit("Preview " + table, context -> {
            SparkSession spark = context.spark();
            return TablePreviews.firstRows(spark.table(TableRefs.resolve(spark, table)), table, rows);
        });
    }

    /** Caches the table (MEMORY_AND_DISK) and materialises it; returns the details with the storage level. */
    public EngineTask<TableDetails> cache(String table) {
        return engine.submit("Cache " + table, EnginePool.BACKGROUND, context -> {
            SparkSession spark = context.spark();
            String quoted = TableRefs.resolve(spark, table);
            spark.catalog().cacheTable(quoted, StorageLevel.MEMORY_AND_DISK());
            try {
                // details() counts the rows through the cache, which builds every cached partition:
                // the table is really in memory when this returns, not at the next query.
                return details(context, table);
            } catch (RuntimeException e) {
                // A stopped or failed caching would leave a half-built cache that looks finished.
                spark.catalog().uncacheTable(quoted);
                throw e;
            }
        });
    }

    public EngineTask<TableDetails> uncache(String table) {
        return engine.submit("Uncache " + table, context -> {
            SparkSession spark = context.spark();
            spark.catalog().uncacheTable(TableRefs.resolve(spark, table));
            return details(context, table);
        });
    }

    /** Drops a temporary view (or a table). Returns true when something was dropped. */
    public EngineTask<Boolean> drop(String table) {
        return engine.submit("Drop " + table, context -> drop(context.spark(), table));
    }

    static TableDetails details(EngineContext context, String table) {
        SparkSession spark = context.spark();
        String quoted = TableRefs.resolve(spark, table);
        Dataset<Row> df = spark.table(quoted);
        List<ColumnInfo> columns = new ArrayList<>();
        for (StructField field : df.schema().fields()) {
            columns.add(new ColumnInfo(field.name(), field.dataType().simpleString()));
        }
        TemporaryViewRelation raw = spark.sessionState().catalog().getRawTempView(table).getOrElse(() -> null);
        String source = TableSources.describe(df, raw);
        var bytes = TableSources.bytesOnDisk(df);
        context.checkCancelled();
        long rows = df.count();
        return new TableDetails(table, raw != null || isGlobalTemporary(spark, quoted), columns, rows, source, bytes,
                StorageLevels.label(df.storageLevel()));
    }

    static boolean drop(SparkSession spark, String table) {
        if (TableRefs.isTemporary(spark, table)) {
            // dropTempView also removes the view's cached data.
            return spark.catalog().dropTempView(table);
        }
        String quoted;
        try {
            quoted = TableRefs.resolve(spark, table);
        } catch (io.sparkworkbench.engine.EngineException notFound) {
            return false;
        }
        Table meta = catalogEntry(spark, quoted);
        spark.catalog().uncacheTable(quoted);
        if (meta != null && "TEMPORARY".equals(meta.tableType())) {
            return spark.catalog().dropGlobalTempView(meta.name());
        }
        String kind = meta != null && "VIEW".equals(meta.tableType()) ? "VIEW" : "TABLE";
        spark.sql("DROP " + kind + " IF EXISTS " + quoted);
        LOG.info("Dropped {} {}", kind.toLowerCase(java.util.Locale.ROOT), quoted);
        return true;
    }

    private static boolean isGlobalTemporary(SparkSession spark, String quoted) {
        Table meta = catalogEntry(spark, quoted);
        return meta != null && meta.isTemporary();
    }

    private static Table catalogEntry(SparkSession spark, String quoted) {
        try {
            return spark.catalog().getTable(quoted);
        } catch (Exception e) {
            // getTable declares AnalysisException: a table gone meanwhile has no entry.
            return null;
        }
    }
}
