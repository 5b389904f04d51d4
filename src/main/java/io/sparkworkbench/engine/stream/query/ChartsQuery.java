package io.sparkworkbench.engine.stream.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The four window charts (events per type, revenue, top products, the funnel) as one stateless streaming query: each
 * micro-batch is read and parsed once and folded in one Spark stage ({@link BatchFold}) into the four tables of a
 * {@link ChartsState}, which also keeps the watermark and the open minutes' funnel sketches (ADR 0055). Its views are
 * the four charts' own, under their names of old.
 */
final class ChartsQuery implements LiveStream {

    static final String NAME = "live_charts";
    static final List<String> VIEWS = List.of(EventCountsQuery.VIEW, RevenueQuery.VIEW, TopProductsQuery.VIEW, FunnelQuery.VIEW);

    @Override
    public String name() {
        return NAME;
    }

    /** The four queries this one replaced kept their checkpoints under their views' names (the funnel under its own). */
    @Override
    public List<String> retiredCheckpointNames() {
        List<String> retired = new ArrayList<>(List.of(EventCountsQuery.VIEW, RevenueQuery.VIEW, TopProductsQuery.VIEW, FunnelQuery.CHECKPOINT));
        retired.addAll(FunnelQuery.RETIRED_CHECKPOINTS);
        return List.copyOf(retired);
    }

    @Override
    public String label() {
        return "Live: window charts";
    }

    @Override
    public List<String> views() {
        return VIEWS;
    }

    /** The events as they are: no Spark state, no Spark watermark (the state keeps both on the driver). */
    @Override
    public Dataset<Row> aggregate(Dataset<Row> events, LiveStreamConfig config) {
        return events;
    }

    @Override
    public String outputMode() {
        return "append";
    }

    /** The fold drops late events itself and counts them one by one. */
    @Override
    public boolean countsEvents() {
        return true;
    }

    @Override
    public LiveState newState(LiveStreamConfig config) {
        return new ChartsState(config.watermark().toMillis());
    }
}
