package io.sparkworkbench.engine.stream.query;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The state of a query with one table and one view: its aggregated rows fold into the table (a {@link LiveQuery}'s). */
final class TableState implements LiveState {

    private final LiveQuery query;
    private final WindowTable table;

    TableState(LiveQuery query) {
        this.query = query;
        this.table = query.newTable();
    }

    @Override
    public Optional<BatchOutcome> fold(Dataset<Row> batch, long batchId) {
        // Computed even for a replay: Spark 4.1 fails a stateful batch whose foreachBatch left partitions unread
        // (STATE_STORE_COMMIT_VALIDATION_FAILED: the state stores of those partitions never commit).
        List<WindowEntry> entries = query.entries(batch);
        return table.apply(batchId, entries) ? Optional.of(new BatchOutcome(table.lastDelta(), -1, -1, -1)) : Optional.empty();
    }

    @Override
    public long lastBatchId() {
        return table.lastBatchId();
    }

    @Override
    public Optional<WindowTable> table(String view) {
        return view.equals(query.viewName()) ? Optional.of(table) : Optional.empty();
    }

    @Override
    public void registerViews(SparkSession views) {
        query.registerView(views, table);
    }

    @Override
    public byte[] encode() {
        return table.encode();
    }

    @Override
    public void restore(byte[] encoded) throws IOException {
        table.restore(encoded);
    }

    @Override
    public void clear() {
        table.clear();
    }
}
