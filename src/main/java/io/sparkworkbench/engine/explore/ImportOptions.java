package io.sparkworkbench.engine.explore;

import java.util.Map;

/**
 * How to read one file or folder. Text options (header ... mode) apply to CSV and JSON only.
 * {@code typeOverrides} maps a column name to a Spark SQL type ({@code "decimal(10,2)"}) that replaces
 * the inferred one; with {@code inferSchema} off every CSV column is a string unless overridden.
 */
public record ImportOptions(SourceFormat format, boolean header, String delimiter, String quote, String escape,
                            String encoding, boolean multiLine, String dateFormat, String timestampFormat,
                            boolean inferSchema, ParseMode mode, Map<String, String> typeOverrides) {

    public ImportOptions {
        typeOverrides = Map.copyOf(typeOverrides);
    }
}
