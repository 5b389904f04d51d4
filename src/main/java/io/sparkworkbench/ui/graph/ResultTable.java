package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.sql.QueryResult;

/**
 * An algorithm's result as the tab shows it: a headline ("PageRank (20 iterations): 412 ms; top: …"), the SQL view
 * holding the whole table, and its first rows (capped; {@code rows.more()} says there are more).
 */
public record ResultTable(String title, String headline, String view, QueryResult rows) {
}
