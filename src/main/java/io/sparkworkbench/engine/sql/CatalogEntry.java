package io.sparkworkbench.engine.sql;

import java.util.List;

/**
 * A view or table as the catalog tree lists it: {@code database} is empty for temporary views, and
 * {@code name} is what SQL can use to reach it from the current database.
 */
public record CatalogEntry(String name, String database, boolean temporary, List<ColumnInfo> columns) {

    public CatalogEntry {
        columns = List.copyOf(columns);
    }

    /** The name to put in SQL: {@code db.table} for tables outside the current database. */
    public String qualifiedName() {
        return database.isEmpty() ? name : database + "." + name;
    }
}
