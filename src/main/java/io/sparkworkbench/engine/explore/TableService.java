package io.sparkworkbench.engine.explore;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.sql.TablePreview;

/** Per-table actions of the catalog explorer. Table names are as the catalog lists them (quoted here). */
public final class TableService {

    private final SparkEngine engine;

    public TableService(SparkEngine engine) {
        this.engine = engine;
    }

    public EngineTask<TableDetails> details(String table) {
        throw new UnsupportedOperationException("in progress");
    }

    public EngineTask<TablePreview> preview(String table, int rows) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Caches the table (MEMORY_AND_DISK) and materialises it; returns the details with the storage level. */
    public EngineTask<TableDetails> cache(String table) {
        throw new UnsupportedOperationException("in progress");
    }

    public EngineTask<TableDetails> uncache(String table) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Drops a temporary view (or a table). Returns true when something was dropped. */
    public EngineTask<Boolean> drop(String table) {
        throw new UnsupportedOperationException("in progress");
    }
}
