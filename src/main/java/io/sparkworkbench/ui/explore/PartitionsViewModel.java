package io.sparkworkbench.ui.explore;

import io.sparkworkbench.engine.explore.PartitionInfo;
import io.sparkworkbench.engine.explore.PartitionService;
import io.sparkworkbench.ui.catalog.CatalogModel;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The RDD view of the open table: partitions, rows in each, lineage and plan; repartition and coalesce. */
public final class PartitionsViewModel {

    private final PartitionService partitions;
    private final CatalogModel catalog;
    private final BackgroundAction action;
    private final ObjectProperty<PartitionInfo> info = new SimpleObjectProperty<>();
    private Consumer<String> onNewView = v -> { };

    public PartitionsViewModel(PartitionService partitions, CatalogModel catalog, TaskRunner runner) {
        this.partitions = partitions;
        this.catalog = catalog;
        this.action = new BackgroundAction(runner);
    }

    public void inspect(String table) {
        info.set(null);
        action.start(partitions.inspect(table), "Counting the rows in each partition of " + table + "…",
                "Cannot inspect " + table, info::set);
    }

    public void repartition(String table, int count, List<String> columns, String newView) {
        action.start(partitions.repartition(table, count, columns, newView), "Repartitioning " + table + " into " + newView + "…",
                "Cannot repartition " + table, created -> created(created, "Repartitioned into "));
    }

    public void coalesce(String table, int count, String newView) {
        action.start(partitions.coalesce(table, count, newView), "Coalescing " + table + " into " + newView + "…",
                "Cannot coalesce " + table, created -> created(created, "Coalesced into "));
    }

    private void created(PartitionInfo created, String what) {
        catalog.refresh();
        onNewView.accept(created.table());
        info.set(created);
        action.setStatus(what + created.table() + " (" + created.partitions() + " partitions)");
    }

    public void clear() {
        action.stop();
        info.set(null);
        action.setStatus("");
    }

    /** Called with the name of a view created by repartition or coalesce. */
    public void setOnNewView(Consumer<String> onNewView) {
        this.onNewView = onNewView;
    }

    public BackgroundAction action() {
        return action;
    }

    public ObjectProperty<PartitionInfo> infoProperty() {
        return info;
    }
}
