package io.sparkworkbench.engine.stream.session;

import static io.sparkworkbench.engine.stream.session.LiveSessionTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.stream.learn.LiveLearning;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The learning query is one of the watched folder's consumers: while it runs, a file is deleted only once it has
 * committed it too. When it fails, it will read nothing more this run, so the folder must from then on be swept for
 * the charts alone; held back for a query that is gone, the files would pile up until the simulator pauses.
 */
class LearningFailureSweepTest {

    private final SparkEngine engine = SharedSparkEngine.get();
    private final String scope = "learning-fails-" + Long.toString(System.nanoTime(), 36);
    private LiveSession session;

    @AfterEach
    void stopAndForget() {
        LiveSessionFixture.closeAndForget(engine, session, scope, SimulatorRun.FOLDER_NAME);
    }

    @Test
    void whenTheLearningQueryFailsTheChartsRunOnAndTheFilesTheyCommittedAreSwept() throws Exception {
        DatasetKey key = GeneratedData.openShared(0.01);
        session = LiveSessionFixture.newSession(engine, scope);
        session.datasetOpened(key.folder());
        session.start(LiveSourceChoice.Simulator.at(500)).future().get(3, TimeUnit.MINUTES);
        await(() -> learningMatches(q -> q.state() == QueryStatus.State.RUNNING && q.lastBatchId() >= 0), "the learning query's first batch",
                this::queries);

        // After every batch the sink saves the segment mix and the centres under workbench/ beside its checkpoint: a
        // plain file in that folder's place makes the next save throw, and the query fails as on a broken disk. Only
        // the learning query writes there, so the charts are untouched.
        blockFolder(Path.of(learning().checkpointFolder()).resolve("workbench"));
        await(() -> learningMatches(q -> q.state() == QueryStatus.State.FAILED), "the learning query failed", this::queries);
        assertThat(learning().message()).contains("failed");
        long chartsBatchAtFailure = session.snapshot().eventCounts().lastBatchId();

        // A file written after the failure was never read by the learning query: only releasing the folder from it
        // lets the sweeper delete the file once the charts have committed it.
        Path incoming = LiveSessionFixture.incoming(engine, scope, SimulatorRun.FOLDER_NAME);
        Set<String> atFailure = LiveSessionFixture.fileNames(incoming);
        String[] later = new String[1];
        await(() -> (later[0] = LiveSessionFixture.fileNames(incoming).stream().filter(f -> !atFailure.contains(f)).findFirst()
                .orElse(null)) != null, "a file written after the failure", atFailure::toString);
        await(() -> !Files.exists(incoming.resolve(later[0])), "the sweeper deleting " + later[0] + " for the charts alone",
                () -> LiveSessionFixture.fileNames(incoming).size() + " files left, " + queries());

        await(() -> session.snapshot().eventCounts().lastBatchId() > chartsBatchAtFailure, "a chart batch after the failure", this::queries);
        List<QueryStatus> charts = session.snapshot().queries().stream().filter(q -> !q.view().equals(LiveLearning.VIEW)).toList();
        assertThat(charts).hasSize(2).allSatisfy(q -> assertThat(q.state()).as(q.queryName()).isEqualTo(QueryStatus.State.RUNNING));
        assertThat(learning().state()).isEqualTo(QueryStatus.State.FAILED);
    }

    /** False while the session has not listed its queries yet, as right after start. */
    private boolean learningMatches(Predicate<QueryStatus> condition) {
        return session.snapshot().queries().stream().filter(q -> q.view().equals(LiveLearning.VIEW)).anyMatch(condition);
    }

    private QueryStatus learning() {
        return session.snapshot().queries().stream().filter(q -> q.view().equals(LiveLearning.VIEW)).findFirst()
                .orElseThrow(() -> new AssertionError("no learning query in " + queries()));
    }

    private String queries() {
        return session.snapshot().queries().toString();
    }

    /** A plain file where {@code folder} was; again when the sink's next save re-created the folder in between. */
    private static void blockFolder(Path folder) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            FileTrees.deleteQuietly(folder);
            try {
                Files.createFile(folder);
                return;
            } catch (FileAlreadyExistsException recreated) {
                // the sink's save made the folder again between the delete and the create
            }
        }
        throw new AssertionError("the learning sink kept re-creating " + folder);
    }
}
