package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The checkpoints and simulator folder a live benchmark's session scope left under the data folder, removed after it. */
final class LiveBenchFolders {

    private LiveBenchFolders() {
    }

    static void forget(Path dataFolder, String scope) throws IOException {
        Path checkpoints = dataFolder.resolve("checkpoints");
        if (Files.isDirectory(checkpoints)) {
            try (Stream<Path> all = Files.list(checkpoints)) {
                all.filter(p -> p.getFileName().toString().endsWith(scope + "-sim")).forEach(FileTrees::deleteQuietly);
            }
        }
        FileTrees.deleteQuietly(dataFolder.resolve("streams").resolve(scope + "-simulator"));
    }
}
