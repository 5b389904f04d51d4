package io.sparkworkbench.ui.sql;

import java.time.Instant;

/** One run statement in the query history. {@code rows} is -1 when it failed or was stopped. */
public record HistoryEntry(String statement, Instant started, long durationMs, long rows, Outcome outcome, String message) {

    public enum Outcome { OK, ERROR, STOPPED }
}
