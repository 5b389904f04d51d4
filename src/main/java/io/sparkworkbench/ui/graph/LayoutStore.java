package io.sparkworkbench.ui.graph;

import io.sparkworkbench.ui.common.graph.GraphLayoutFile;
import io.sparkworkbench.ui.common.graph.LayoutPositions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Node positions kept between sessions under {@code <data folder>/layouts/<dataset>/<graph>.bin}. Saving merges
 * into what the file holds (keyed by node id), so drawing a filtered part of a graph keeps the positions of the
 * nodes it did not show. File IO only: call it through the backend's file work, never on the JavaFX thread.
 */
final class LayoutStore {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutStore.class);

    private final Path layouts;

    LayoutStore(Path dataFolder) {
        this.layouts = dataFolder.resolve("layouts");
    }

    Path file(String dataset, String graph) {
        return layouts.resolve(dataset).resolve(graph + ".bin");
    }

    /** The saved positions, or empty when there are none or the file cannot be read (said in the log, then laid out afresh). */
    Optional<LayoutPositions> read(String dataset, String graph) {
        Path file = file(dataset, graph);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(GraphLayoutFile.read(file));
        } catch (IOException e) {
            LOG.warn("Ignoring the saved graph layout: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes {@code shown} over the saved positions of the same nodes, keeping the others; returns the file. */
    Path save(String dataset, String graph, LayoutPositions shown) throws IOException {
        Path file = file(dataset, graph);
        GraphLayoutFile.write(file, Positions.merge(read(dataset, graph).orElse(null), shown));
        return file;
    }
}
