package io.sparkworkbench.engine.pipeline;

import io.sparkworkbench.engine.EngineException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The small file beside a step's output ({@code step.properties}): the fingerprint of the inputs and parameters
 * the output was made from, the rows written, the run that wrote it, and the model's quality figures in
 * {@link StepMetrics}' {@code name=value;…} form (empty for steps that train nothing). It is written into the output's staging
 * folder, so it is swapped in together with the tables it describes.
 */
record StepRecord(String fingerprint, long rows, String runId, String parameters, String metrics) {

    static final String FILE_NAME = "step.properties";

    void writeInto(Path folder) throws IOException {
        Properties p = new Properties();
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("rows", Long.toString(rows));
        p.setProperty("run", runId);
        p.setProperty("parameters", parameters);
        p.setProperty("metrics", metrics);
        Files.createDirectories(folder);
        try (Writer w = Files.newBufferedWriter(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            p.store(w, "Spark Workbench pipeline step (ADR 0039)");
        }
    }

    /** The record in {@code folder}, empty when there is none or it cannot be read (the step then runs again). */
    static Optional<StepRecord> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            String fingerprint = p.getProperty("fingerprint", "");
            if (fingerprint.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new StepRecord(fingerprint, Long.parseLong(p.getProperty("rows", "0")), p.getProperty("run", ""),
                    p.getProperty("parameters", ""), p.getProperty("metrics", "")));
        } catch (IOException | NumberFormatException e) {
            throw new EngineException("Cannot read the pipeline record " + file + ": " + e.getMessage(), e);
        }
    }
}
