package io.sparkworkbench.engine.datagen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Per-table progress written by the generator's threads and read by the UI once per frame. */
final class ProgressBoard {

    private final Map<EcommerceTable, TableProgress> tables = new EnumMap<>(EcommerceTable.class);

    ProgressBoard(Collection<EcommerceTable> requested) {
        requested.forEach(t -> tables.put(t, TableProgress.waiting(t)));
    }

    synchronized void writing(EcommerceTable table) {
        tables.put(table, new TableProgress(table, TableProgress.Phase.WRITING, 0, 0, 0));
    }

    synchronized void done(EcommerceTable table, long rows, double seconds) {
        double perSecond = seconds > 0 ? rows / seconds : 0;
        tables.put(table, new TableProgress(table, TableProgress.Phase.DONE, rows, perSecond, seconds));
    }

    /** Marks every table not yet done as failed or cancelled. */
    synchronized void endUnfinished(TableProgress.Phase phase) {
        tables.replaceAll((table, p) -> p.phase() == TableProgress.Phase.DONE ? p
                : new TableProgress(table, phase, 0, 0, p.seconds()));
    }

    synchronized List<TableProgress> snapshot() {
        return List.copyOf(new ArrayList<>(tables.values()));
    }
}
