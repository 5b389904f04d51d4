package io.sparkworkbench.engine.explore;

/** File formats the import reads. CSV covers TSV and other delimiters; JSON covers JSON Lines and multi-line JSON. */
public enum SourceFormat {
    CSV, JSON, PARQUET, ORC;

    /** Whether rows are parsed from text (so the text options and the parse mode apply). */
    public boolean isText() {
        return this == CSV || this == JSON;
    }
}
