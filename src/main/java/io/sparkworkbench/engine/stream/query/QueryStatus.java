package io.sparkworkbench.engine.stream.query;

/**
 * One live query as the tab and the status bar show it.
 *
 * @param view the query's view ({@code live_event_counts}), which also names it in the service
 * @param queryName Spark's name of the query and of its checkpoint folder (the view plus the config's scope)
 * @param message why it failed or stopped; empty when there is nothing to say
 * @param needsFreshStart its checkpoint cannot serve the query as it is now: {@code startFresh} deletes it
 * @param droppedByWatermark rows Spark dropped as late since the service started (after partial aggregation)
 * @param lateEvents late events not counted since the service started; -1 for queries whose numbers are not event counts
 */
public record QueryStatus(String view, String queryName, State state, String message, long lastBatchId, long droppedByWatermark,
        long lateEvents, long inputRows, boolean needsFreshStart, String checkpointFolder) {

    public enum State { NOT_STARTED, STARTING, RUNNING, STOPPED, FINISHED, FAILED }
}
