package io.sparkworkbench.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file as another process sees it: read back, stale, and stopped, with real child processes. */
class ClusterStateTest {

    @TempDir
    Path dir;

    private Process sleeper;

    @AfterEach
    void endSleeper() {
        if (sleeper != null) {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void theStateFileReadsBackAsWritten() {
        ClusterState state = state(daemon("master", ProcessHandle.current()), daemon("worker-1", ProcessHandle.current()));
        state.write(layout().stateFile());

        assertThat(ClusterState.read(layout().stateFile())).contains(state);
        assertThat(ClusterState.read(dir.resolve("none.properties"))).isEmpty();
    }

    @Test
    void aDamagedStateFileIsNamedInTheMessage() throws Exception {
        Files.createDirectories(layout().root());
        Files.writeString(layout().stateFile(), "master.url=spark://127.0.0.1:7077\nworkers=1\n");

        assertThatThrownBy(() -> ClusterState.read(layout().stateFile()))
                .hasMessageContaining(layout().stateFile().toString()).hasMessageContaining("damaged");
    }

    @Test
    void aPidNowUsedByAnotherProcessIsNotTheDaemon() {
        ProcessHandle self = ProcessHandle.current();
        long start = Daemon.startMillisOf(self);

        assertThat(new Daemon("master", self.pid(), start, 1, 2, dir).alive()).isTrue();
        assertThat(new Daemon("master", self.pid(), start - 60_000, 1, 2, dir).alive()).isFalse();
    }

    @Test
    void aStaleStateIsReportedEndedAndRemoved() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        sleeper = new ProcessBuilder("sleep", "60").start();
        state(daemon("master", gone.toHandle()), daemon("worker-1", sleeper.toHandle())).write(layout().stateFile());

        ClusterStatus status = new LocalCluster(layout()).status();

        assertThat(status.kind()).isEqualTo(ClusterStatus.Kind.STALE);
        assertThat(status.deadDaemons()).containsExactly("master");
        assertThat(layout().stateFile()).doesNotExist();
        assertThat(sleeper.waitFor(10, TimeUnit.SECONDS)).as("the orphaned worker was ended").isTrue();
    }

    @Test
    void stopEndsTheRecordedProcessesAndForgetsThem() throws Exception {
        sleeper = new ProcessBuilder("sleep", "60").start();
        Process worker = new ProcessBuilder("sleep", "60").start();
        try {
            state(daemon("master", sleeper.toHandle()), daemon("worker-1", worker.toHandle())).write(layout().stateFile());
            ClusterSecret.create(layout().secretFile());

            StopOutcome outcome = new LocalCluster(layout()).stop().orElseThrow();

            assertThat(outcome.ended()).isEqualTo(2);
            assertThat(outcome.forced()).isZero();
            assertThat(sleeper.isAlive()).isFalse();
            assertThat(worker.isAlive()).isFalse();
            assertThat(layout().stateFile()).doesNotExist();
            assertThat(layout().secretFile()).doesNotExist();
            assertThat(new LocalCluster(layout()).stop()).isEmpty();
        } finally {
            worker.destroyForcibly();
        }
    }

    @Test
    void aLiveMasterWhoseWebUiDoesNotAnswerIsRunningWithoutWorkerFigures() throws Exception {
        sleeper = new ProcessBuilder("sleep", "60").start();
        state(daemon("master", sleeper.toHandle()), daemon("worker-1", sleeper.toHandle())).write(layout().stateFile());

        ClusterStatus status = new LocalCluster(layout()).status();

        assertThat(status.kind()).isEqualTo(ClusterStatus.Kind.RUNNING);
        assertThat(status.master()).isEmpty();
        assertThat(layout().stateFile()).exists();
    }

    private ClusterLayout layout() {
        return new ClusterLayout(dir.resolve("data/cluster"), dir.resolve("logs/cluster"), dir.resolve("config/cluster.secret"));
    }

    private Daemon daemon(String name, ProcessHandle process) {
        // Port 1 answers nobody: the web UI of these stand-ins is never reachable.
        return new Daemon(name, process.pid(), Daemon.startMillisOf(process), 1, 1, dir.resolve(name + ".log"));
    }

    private ClusterState state(Daemon master, Daemon worker) {
        return new ClusterState("spark://127.0.0.1:7077", master, List.of(worker), new ClusterSpec(1, 1, "1g", false),
                Instant.parse("2026-12-01T09:00:00Z"), dir.resolve("spark-home"), dir.resolve("logs"));
    }
}
