package io.sparkworkbench.engine.sql;

import java.util.List;
import java.util.Map;

/**
 * What autocomplete knows: views and tables with their columns (keyed by lower-case name, also as
 * {@code catalog.db.table}), the names of the session's functions, and the views and tables once
 * each, in catalog order, for the catalog tree. Taken in the background,
 * read on the UI thread without waiting.
 */
public record CatalogSnapshot(Map<String, List<ColumnInfo>> tables, List<String> functions, List<CatalogEntry> entries) {

    public static final CatalogSnapshot EMPTY = new CatalogSnapshot(Map.of(), List.of(), List.of());

    /** For completion-only uses (tests): no entries for the tree. */
    public CatalogSnapshot(Map<String, List<ColumnInfo>> tables, List<String> functions) {
        this(tables, functions, List.of());
    }

    public List<ColumnInfo> columnsOf(String table) {
        return tables.getOrDefault(table.toLowerCase(java.util.Locale.ROOT), List.of());
    }
}
