package io.sparkworkbench.engine.datagen;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What to generate. Scale 1 = 10,000 customers, 500 products, 50,000 orders, 20,000 clickstream events. */
public record GenerationRequest(double scale, long seed, Path outputFolder, DataFormat format, Set<EcommerceTable> tables) {

    public static final double MIN_SCALE = 0.01;
    public static final double MAX_SCALE = 1000;

    public GenerationRequest {
        Objects.requireNonNull(outputFolder, "outputFolder");
        Objects.requireNonNull(format, "format");
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("Scale must be between " + MIN_SCALE + " and " + MAX_SCALE + ", not " + scale);
        }
        if (tables == null || tables.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one table to generate");
        }
        tables = Set.copyOf(EnumSet.copyOf(tables));
    }

    public static GenerationRequest allTables(double scale, long seed, Path outputFolder, DataFormat format) {
        return new GenerationRequest(scale, seed, outputFolder, format, EnumSet.allOf(EcommerceTable.class));
    }
}
