package io.sparkworkbench.engine.sql;

import io.sparkworkbench.engine.EngineErrors;
import java.util.HashSet;
import java.util.Set;
import org.apache.spark.QueryContext;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.AnalysisException;

/** Turns Spark's parse and analysis exceptions into a {@link SqlError} positioned in the script. */
final class SqlErrors {

    private SqlErrors() {
    }

    static SqlError of(Throwable error, SqlStatement statement, String script) {
        Throwable t = sparkThrowable(error);
        if (!(t instanceof SparkThrowable spark)) {
            return new SqlError(EngineErrors.describe(error), "", -1, -1, -1, 0);
        }
        String condition = spark.getCondition() == null ? "" : spark.getCondition();
        String message = t instanceof AnalysisException analysis ? analysis.getSimpleMessage() : t.getMessage();
        message = stripCondition(firstParagraph(message), condition)
                // The editor shows the position and the condition itself; Spark's copies would be noise.
                .replaceAll("\\s*SQLSTATE: \\w+;?", "").replaceAll(";? *line \\d+,? pos(ition)? \\d+\\s*$", "").trim();
        int offset = -1;
        int length = 0;
        QueryContext[] contexts = spark.getQueryContext();
        if (contexts != null && contexts.length > 0 && contexts[0].startIndex() >= 0) {
            offset = statement.start() + contexts[0].startIndex();
            length = Math.max(1, contexts[0].stopIndex() - contexts[0].startIndex() + 1);
        } else if (t instanceof AnalysisException analysis && analysis.line().isDefined()) {
            int line = (Integer) analysis.line().get();
            int column = analysis.startPosition().isDefined() ? (Integer) analysis.startPosition().get() : 0;
            offset = statement.start() + offsetOf(statement.text(), line, column);
            length = tokenLength(script, offset);
        }
        if (offset < 0 || offset > script.length()) {
            return new SqlError(message, condition, -1, -1, -1, 0);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (script.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SqlError(message, condition, line, offset - lineStart + 1, offset, Math.min(length, script.length() - offset));
    }

    private static Throwable sparkThrowable(Throwable error) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SparkThrowable) {
                return t;
            }
        }
        return error;
    }

    /** Parse errors carry a line (1-based) and a column (0-based) within the statement. */
    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', offset);
            if (nl < 0) {
                return Math.min(text.length(), offset + column);
            }
            offset = nl + 1;
        }
        return Math.min(text.length(), offset + column);
    }

    private static int tokenLength(String script, int offset) {
        int end = offset;
        while (end < script.length() && !Character.isWhitespace(script.charAt(end))) {
            end++;
        }
        return Math.max(1, end - offset);
    }

    private static String firstParagraph(String message) {
        if (message == null) {
            return "";
        }
        int blank = message.indexOf("\n\n");
        String first = blank < 0 ? message : message.substring(0, blank);
        int sqlDump = first.indexOf("\n== SQL");
        return (sqlDump < 0 ? first : first.substring(0, sqlDump)).trim();
    }

    /** Spark puts "[CONDITION]" in front of its messages; the editor shows the condition separately. */
    private static String stripCondition(String message, String condition) {
        String prefix = "[" + condition + "]";
        return !condition.isEmpty() && message.startsWith(prefix) ? message.substring(prefix.length()).trim() : message;
    }
}
