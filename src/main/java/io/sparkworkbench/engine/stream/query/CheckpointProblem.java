package io.sparkworkbench.engine.stream.query;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.SparkThrowable;

/**
 * Tells a query its checkpoint cannot serve (its state was written by a different aggregation: other keys,
 * other values, other stateful operators) from any other failure, and says so naming the query and the
 * folder. Spark reports it from the query's thread once the first batch plans, with error conditions that
 * differ by what changed, so the test is on the condition's family and, for older wordings, the message.
 */
final class CheckpointProblem {

    private static final String[] CONDITIONS = {"STATE_STORE_KEY_SCHEMA_NOT_COMPATIBLE", "STATE_STORE_VALUE_SCHEMA_NOT_COMPATIBLE",
        "STATE_STORE_INVALID_VALUE_SCHEMA_EVOLUTION", "STATE_STORE_OPERATOR_", "STREAMING_STATEFUL_OPERATOR_NOT_MATCH",
        "STATE_STORE_PROVIDER_DOES_NOT_SUPPORT", "STREAM_FAILED_TO_RESUME", "INCOMPATIBLE_DATA_FOR_STATE",
        "STATE_STORE_INCORRECT_NUM_STATE_STORE"};
    private static final String[] WORDINGS = {"schema for existing state", "state schema", "not compatible with the existing",
        "statestore", "number of stateful operators", "state store"};

    private CheckpointProblem() {
    }

    /** The message to show when {@code error} means the checkpoint is incompatible; empty otherwise. */
    static Optional<String> explain(Throwable error, String queryName, Path checkpoint) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            String condition = t instanceof SparkThrowable st && st.getCondition() != null ? st.getCondition() : "";
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (matches(condition, message)) {
                String first = message.lines().findFirst().orElse(condition);
                return Optional.of("The live query " + queryName + " cannot resume from its checkpoint " + checkpoint
                        + ": the query has changed since that checkpoint was written (" + shorten(first) + ")."
                        + " Start it fresh to delete this query's checkpoint and count its input again from the start.");
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String condition, String message) {
        for (String c : CONDITIONS) {
            if (condition.startsWith(c) || message.contains(c)) {
                return true;
            }
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (String w : WORDINGS) {
            if (lower.contains(w) && (lower.contains("compatib") || lower.contains("match") || lower.contains("changed"))) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
