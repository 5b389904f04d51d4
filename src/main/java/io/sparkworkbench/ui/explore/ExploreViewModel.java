package io.sparkworkbench.ui.explore;

import io.sparkworkbench.engine.files.DataExports;
import io.sparkworkbench.engine.files.ExportRequest;
import io.sparkworkbench.engine.explore.TableDetails;
import io.sparkworkbench.engine.explore.TableService;
import io.sparkworkbench.engine.sql.TablePreview;
import io.sparkworkbench.ui.catalog.CatalogModel;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Explore tab's open table: its details and first rows, and the per-table actions (cache, uncache,
 * drop, export). Profile, partitions and the query builder have models of their own.
 */
public final class ExploreViewModel {

    public static final int PREVIEW_ROWS = 200;

    private final TableService tables;
    private final DataExports exports;
    private final CatalogModel catalog;
    private final StringProperty table = new SimpleStringProperty();
    private final ObjectProperty<TableDetails> details = new SimpleObjectProperty<>();
    private final ObjectProperty<TablePreview> preview = new SimpleObjectProperty<>();
    private final BackgroundAction detailsAction;
    private final BackgroundAction previewAction;
    private final BackgroundAction tableAction;
    private final BackgroundAction exportAction;

    public ExploreViewModel(TableService tables, DataExports exports, CatalogModel catalog, TaskRunner runner) {
        this.tables = tables;
        this.exports = exports;
        this.catalog = catalog;
        detailsAction = new BackgroundAction(runner);
        previewAction = new BackgroundAction(runner);
        tableAction = new BackgroundAction(runner);
        exportAction = new BackgroundAction(runner);
    }

    /** Shows {@code name}: its first rows at once, its details (a row count: a Spark job) meanwhile. */
    public void open(String name) {
        table.set(name);
        details.set(null);
        preview.set(null);
        tableAction.setStatus("");
        previewAction.start(tables.preview(name, PREVIEW_ROWS), "Reading the first rows of " + name + "…",
                "Cannot preview " + name, preview::set);
        detailsAction.start(tables.details(name), "Counting the rows of " + name + "…",
                "Cannot read " + name, details::set);
    }

    public void reload() {
        if (table.get() != null) {
            open(table.get());
        }
    }

    public void cache() {
        String name = table.get();
        if (name != null) {
            tableAction.start(tables.cache(name), "Caching " + name + "…", "Cannot cache " + name, d -> {
                details.set(d);
                tableAction.setStatus("Cached " + name + " (" + d.storageLevel().orElse("?") + ")");
            });
        }
    }

    public void uncache() {
        String name = table.get();
        if (name != null) {
            tableAction.start(tables.uncache(name), "Uncaching " + name + "…", "Cannot uncache " + name, d -> {
                details.set(d);
                tableAction.setStatus("Removed " + name + " from the cache");
            });
        }
    }

    /** Drops the open view (the view asks first). */
    public void drop() {
        String name = table.get();
        if (name != null) {
            tableAction.start(tables.drop(name), "Dropping " + name + "…", "Cannot drop " + name, dropped -> {
                table.set(null);
                details.set(null);
                preview.set(null);
                tableAction.setStatus(dropped ? "Dropped " + name : name + " was already gone");
                catalog.refresh();
            });
        }
    }

    /** Writes every row of the request's query; the old data stay until the new are complete. */
    public void export(ExportRequest request) {
        exportAction.start(exports.export(request), "Exporting to " + request.target() + "…",
                "Export failed, " + request.target() + " is as it was", outcome -> exportAction.setStatus(
                        "Exported " + Formats.count(outcome.rows()) + " rows (" + Formats.bytes(outcome.bytes()) + ") to "
                                + outcome.target() + (outcome.replacedExisting() ? ", replacing what was there" : "")));
    }

    public StringProperty tableProperty() {
        return table;
    }

    public ObjectProperty<TableDetails> detailsProperty() {
        return details;
    }

    public ObjectProperty<TablePreview> previewProperty() {
        return preview;
    }

    public BackgroundAction detailsAction() {
        return detailsAction;
    }

    public BackgroundAction previewAction() {
        return previewAction;
    }

    public BackgroundAction tableAction() {
        return tableAction;
    }

    public BackgroundAction exportAction() {
        return exportAction;
    }

    public CatalogModel catalog() {
        return catalog;
    }
}
