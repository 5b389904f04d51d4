package io.sparkworkbench.engine.sql;

/** One statement of a script: its text (no trailing semicolon) and where it starts in the script. */
public record SqlStatement(String text, int start) {

    public int end() {
        return start + text.length();
    }

    /** A statement typed or selected on its own, not part of a larger script. */
    public static SqlStatement of(String text) {
        return new SqlStatement(text, 0);
    }
}
