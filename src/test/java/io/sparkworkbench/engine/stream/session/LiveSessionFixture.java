package io.sparkworkbench.engine.stream.session;

import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.query.LiveStreamConfig;
import io.sparkworkbench.engine.stream.query.LiveTrigger;
import io.sparkworkbench.engine.stream.source.StreamFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A live session under a test's own scope on the shared engine, and the cleanup of what that scope left in the data
 * folder: tests sharing the data folder never resume or sweep each other's checkpoints and folders.
 */
final class LiveSessionFixture {

    private LiveSessionFixture() {
    }

    /** Half-second trigger and a 5 s session gap: batches come often enough to wait for. */
    static LiveSession newSession(SparkEngine engine, String scope) {
        LiveStreamConfig config = LiveStreamConfig.defaults().withTrigger(LiveTrigger.every(Duration.ofMillis(500)))
                .withSessionGap(Duration.ofSeconds(5)).withScope(scope);
        return new LiveSession(engine, config, System::currentTimeMillis);
    }

    /** The watched folder of {@code source} ({@link SimulatorRun#FOLDER_NAME}, {@link ReplayRun#FOLDER_NAME}) under the scope. */
    static Path incoming(SparkEngine engine, String scope, String source) {
        return StreamFolders.of(engine.settings().dataFolder(), scope + "-" + source).incoming();
    }

    /** Names of the files in {@code folder} now, sorted (the writer's names sort in the order it wrote them). */
    static Set<String> fileNames(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the session and deletes the scope's checkpoints and the source's folder. */
    static void closeAndForget(SparkEngine engine, LiveSession session, String scope, String source) {
        if (session != null) {
            session.close();
        }
        Path data = engine.settings().dataFolder();
        try (Stream<Path> checkpoints = Files.list(data.resolve("checkpoints"))) {
            checkpoints.filter(p -> p.getFileName().toString().contains(scope)).forEach(FileTrees::deleteQuietly);
        } catch (IOException ignored) {
            // nothing was written
        }
        FileTrees.deleteQuietly(StreamFolders.of(data, scope + "-" + source).root());
    }
}
