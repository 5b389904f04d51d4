package io.sparkworkbench.engine.datagen;

import java.util.Locale;

/** File formats the generator writes and the catalog reads. */
public enum DataFormat {
    PARQUET, CSV, JSON;

    public String sparkName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DataFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown format '" + text + "': use parquet, csv or json");
        }
    }
}
