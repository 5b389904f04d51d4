package io.sparkworkbench.engine.sql;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Table;
import org.apache.spark.sql.types.StructField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Takes {@link CatalogSnapshot}s for autocomplete and the catalog tree: no Spark jobs, only catalog look-ups. */
public final class CatalogService {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogService.class);
    /** A session with thousands of tables would make every snapshot slow; past this, names only. */
    private static final int MAX_TABLES_WITH_COLUMNS = 500;

    private final SparkEngine engine;

    public CatalogService(SparkEngine engine) {
        this.engine = engine;
    }

    public EngineTask<CatalogSnapshot> snapshot() {
        return engine.submit("Read the catalog", context -> take(context.spark()));
    }

    static CatalogSnapshot take(SparkSession spark) {
        Map<String, List<ColumnInfo>> tables = new LinkedHashMap<>();
        List<CatalogEntry> entries = new ArrayList<>();
        String catalog = spark.catalog().currentCatalog();
        List<Table> listed = new ArrayList<>(spark.catalog().listTables().collectAsList());
        for (var db : spark.catalog().listDatabases().collectAsList()) {
            if (!db.name().equals(spark.catalog().currentDatabase())) {
                try {
                    listed.addAll(spark.catalog().listTables(db.name()).collectAsList());
                } catch (Exception e) {
                    // listTables declares AnalysisException: a database dropped meanwhile is skipped.
                    LOG.debug("Cannot list database {}: {}", db.name(), e.getMessage());
                }
            }
        }
        for (Table table : listed) {
            String name = table.name().toLowerCase(Locale.ROOT);
            List<ColumnInfo> columns = tables.size() < MAX_TABLES_WITH_COLUMNS ? columns(spark, table) : List.of();
            if (table.isTemporary() || table.database() == null) {
                tables.putIfAbsent(name, columns);
                entries.add(new CatalogEntry(table.name(), "", true, columns));
            } else {
                String db = table.database().toLowerCase(Locale.ROOT);
                boolean current = db.equals(spark.catalog().currentDatabase().toLowerCase(Locale.ROOT));
                if (current) {
                    tables.putIfAbsent(name, columns);
                }
                entries.add(new CatalogEntry(table.name(), current ? "" : table.database(), false, columns));
                tables.put(db + "." + name, columns);
                tables.put(catalog.toLowerCase(Locale.ROOT) + "." + db + "." + name, columns);
            }
        }
        TreeSet<String> functions = new TreeSet<>();
        // SHOW FUNCTIONS gives the names in ~0.1 s; catalog().listFunctions() describes each one (1.5-3 s).
        // About 530 rows: bounded, safe to collect.
        for (org.apache.spark.sql.Row row : spark.sql("SHOW FUNCTIONS").collectAsList()) {
            String name = row.getString(0);
            int dot = name.lastIndexOf('.');
            String bare = dot < 0 ? name : name.substring(dot + 1);
            if (bare.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                functions.add(bare.toLowerCase(Locale.ROOT));
            }
        }
        return new CatalogSnapshot(tables, List.copyOf(functions), entries);
    }

    private static List<ColumnInfo> columns(SparkSession spark, Table table) {
        String qualified = table.isTemporary() || table.database() == null ? "`" + table.name() + "`"
                : "`" + table.database() + "`.`" + table.name() + "`";
        try {
            List<ColumnInfo> columns = new ArrayList<>();
            for (StructField field : spark.table(qualified).schema().fields()) {
                columns.add(new ColumnInfo(field.name(), field.dataType().simpleString()));
            }
            return columns;
        } catch (Exception e) {
            // A view over files that are gone still has a name worth completing.
            LOG.debug("No columns for {}: {}", qualified, e.getMessage());
            return List.of();
        }
    }
}
