package io.sparkworkbench.engine.stream.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A catalogue and population shaped like a generated data set's (scale 1, seed 42), without Spark. */
final class SimulatorFixtures {

    static final long SEED = 42;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SimulatorFixtures() {
    }

    static ProductCatalogue catalogue() {
        int n = 500;
        long[] ids = new long[n];
        String[] categories = new String[n];
        double[] prices = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i + 1;
            categories[i] = VisitorKind.GENERATED_CATEGORIES.get(i % 8);
            prices[i] = 5 + (i * 37 % 200) + 0.99;
        }
        return new ProductCatalogue(ids, categories, prices);
    }

    static CustomerPopulation population() {
        return CustomerPopulation.generated(1.0, SEED, 10_000);
    }

    static ClickstreamSimulator simulator(SimulatorConfig config, Path dataFolder, String name, long startMillis) {
        return new ClickstreamSimulator(config, catalogue(), population(), StreamFolders.of(dataFolder, name), () -> startMillis);
    }

    /** Steps the simulator from {@code fromMillis} for {@code millis} in ticks of 50 ms; returns the end time. */
    static long run(ClickstreamSimulator simulator, long fromMillis, long millis) {
        long now = fromMillis;
        for (long t = 0; t <= millis; t += ClickstreamSimulator.TICK_MILLIS) {
            now = fromMillis + t;
            simulator.step(now);
        }
        return now;
    }

    /** Every event of the folder's files, in file order then line order. */
    static List<JsonNode> readEvents(Path incoming) {
        List<JsonNode> events = new ArrayList<>();
        try (Stream<Path> files = Files.list(incoming)) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    events.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }
}
