package io.sparkworkbench.engine.files;

/** File formats the import reads. CSV covers TSV and other delimiters; JSON covers JSON Lines and multi-line JSON. */
public enum SourceFormat {
    CSV, JSON, PARQUET, ORC;

    /** The format a single output file's extension names: {@code .csv}, {@code .json}, {@code .parquet} or {@code .orc}. */
    public static SourceFormat ofOutputFile(java.nio.file.Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        for (SourceFormat format : values()) {
            if (name.endsWith("." + format.name().toLowerCase(java.util.Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("Output " + file + " must end in .csv, .json, .parquet or .orc");
    }

    /** Whether rows are parsed from text (so the text options and the parse mode apply). */
    public boolean isText() {
        return this == CSV || this == JSON;
    }
}
