package io.sparkworkbench.engine.stream.source;

import java.util.List;

/**
 * A stored clickstream read in event-time order, one bounded page at a time: each call returns up to
 * {@code limit} events after the given position ({@code event_ts}, then {@code event_id}, both exclusive), with
 * their original times in {@link LiveEvent#eventTsMillis()}. Keyset paging, so the table is never collected
 * and a page costs one sorted top-k query whatever its position.
 */
public interface ReplaySource {

    /** Events strictly after ({@code afterTsMillis}, {@code afterEventId}); {@code Long.MIN_VALUE} for both starts at the beginning. */
    List<LiveEvent> page(long afterTsMillis, long afterEventId, int limit);
}
