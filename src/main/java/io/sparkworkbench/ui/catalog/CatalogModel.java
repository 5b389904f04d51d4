package io.sparkworkbench.ui.catalog;

import io.sparkworkbench.engine.sql.CatalogService;
import io.sparkworkbench.engine.sql.CatalogSnapshot;
import io.sparkworkbench.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The session's views and tables, shared by every tab that shows or completes them (the SQL editor,
 * the explorer's tree). Refreshed in the background after anything that may create or drop a view;
 * readers keep the previous snapshot meanwhile.
 */
public final class CatalogModel {

    private static final long STALE_NANOS = 5_000_000_000L;

    private final CatalogService service;
    private final TaskRunner runner;
    private final ObjectProperty<CatalogSnapshot> snapshot = new SimpleObjectProperty<>(CatalogSnapshot.EMPTY);
    private boolean loading;
    private boolean again;
    private long takenAt = System.nanoTime() - 2 * STALE_NANOS;

    public CatalogModel(CatalogService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    /** Takes a new snapshot; a refresh asked for while one runs is taken right after it (it may see newer views). */
    public void refresh() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        runner.run(service.snapshot(), taken -> {
            takenAt = System.nanoTime();
            snapshot.set(taken);
            finished();
        }, error -> finished(), this::finished);
    }

    /** For keystrokes that may want completion: a snapshot a few seconds old is good enough. */
    public void refreshIfStale() {
        // A read under way is as fresh as it gets: queueing another after it would read the same views twice.
        if (!loading && System.nanoTime() - takenAt > STALE_NANOS) {
            refresh();
        }
    }

    public ReadOnlyObjectProperty<CatalogSnapshot> snapshotProperty() {
        return snapshot;
    }

    private void finished() {
        loading = false;
        if (again) {
            again = false;
            refresh();
        }
    }
}
