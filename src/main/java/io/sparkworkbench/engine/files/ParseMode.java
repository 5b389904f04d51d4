package io.sparkworkbench.engine.files;

/** Spark's parse modes for CSV and JSON: what happens to a row that does not fit the schema. */
public enum ParseMode {
    /** Keep the row: its fields become null and its raw text goes to the corrupt-record column. */
    PERMISSIVE,
    /** Leave the row out (the import still reports how many were left out). */
    DROPMALFORMED,
    /** Stop at the first malformed row with an error that quotes it. */
    FAILFAST
}
