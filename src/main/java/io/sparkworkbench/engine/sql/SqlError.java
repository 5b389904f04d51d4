package io.sparkworkbench.engine.sql;

/**
 * A failed statement as the editor shows it: Spark's message, its error class (e.g.
 * {@code UNRESOLVED_COLUMN.WITH_SUGGESTION}), and where in the script it failed. Line and column are
 * 1-based; offset and length are in script characters; all three are -1/0 when Spark gave no position.
 */
public record SqlError(String message, String errorClass, int line, int column, int offset, int length) {

    public boolean hasPosition() {
        return offset >= 0;
    }

    /** "line 3:14: message" or just the message. */
    public String describe() {
        String where = hasPosition() ? "line " + line + ":" + column + ": " : "";
        return where + message + (errorClass.isEmpty() ? "" : " [" + errorClass + "]");
    }
}
