package io.sparkworkbench.engine.sql;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a full result to one file (.csv, .json or .parquet) through Spark's writers: into a hidden
 * staging folder beside the target, then the single part file is moved into place, so a failed or
 * stopped write never leaves a file that looks complete.
 */
public final class ResultFiles {

    private ResultFiles() {
    }

    public static String formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String f : List.of("csv", "json", "parquet")) {
            if (name.endsWith("." + f)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Output " + file + " must end in .csv, .json or .parquet");
    }

    /** Returns the number of rows written. */
    public static long write(Dataset<Row> result, Path file) {
        String format = formatOf(file);
        Path target = file.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path staging = parent.resolve("." + target.getFileName() + ".staging-" + UUID.randomUUID());
        try {
            Files.createDirectories(parent);
            org.apache.spark.sql.Observation rows = new org.apache.spark.sql.Observation("rows-" + UUID.randomUUID());
            var writer = result.observe(rows, org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.lit(1)).as("rows"))
                    .coalesce(1).write().mode(SaveMode.ErrorIfExists).format(format);
            if ("csv".equals(format)) {
                writer = writer.option("header", "true");
            }
            writer.save(staging.toString());
            Path part;
            try (Stream<Path> files = Files.list(staging)) {
                part = files.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst()
                        .orElseThrow(() -> new EngineException("Spark wrote no data file into " + staging));
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return ((Number) rows.getAsJava().get("rows")).longValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("Interrupted while writing " + target);
        } catch (IOException e) {
            throw new EngineException("Could not write " + target + ": " + e.getMessage(), e);
        } finally {
            FileTrees.deleteQuietly(staging);
        }
    }

}
