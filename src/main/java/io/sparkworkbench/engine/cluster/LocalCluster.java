package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Spark standalone cluster on loopback, made of child JVMs of this app's own jars: one master and N
 * workers. {@link #start} returns once every worker has registered with the master and leaves a state file
 * behind, so that {@link #status} and {@link #stop} work from any other process of the same user.
 * Nothing here runs on the JavaFX thread: starting waits for the daemons.
 */
public final class LocalCluster {

    public static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    static final int PREFERRED_MASTER_PORT = 7077;
    static final int PREFERRED_WEB_UI_PORT = 8080;
    private static final Logger LOG = LoggerFactory.getLogger(LocalCluster.class);
    private static final long POLL_MS = 250;

    private final ClusterLayout layout;

    public LocalCluster(ClusterLayout layout) {
        this.layout = layout;
    }

    public ClusterLayout layout() {
        return layout;
    }

    /**
     * Starts the master, then the workers, and waits (at most {@code timeout}) until all have registered.
     * On failure every daemon it started is ended and the message names the log file to read.
     */
    public ClusterState start(ClusterSpec spec, Duration timeout) {
        ClusterStatus existing = status();
        if (existing.running()) {
            ClusterState s = existing.state().orElseThrow();
            throw new EngineException("A local cluster already runs at " + s.masterUrl() + " (started " + s.startedAt()
                    + "); stop it first with 'cluster stop'");
        }
        FileTrees.deleteQuietly(layout.root().resolve("work"));
        FileTrees.deleteQuietly(layout.root().resolve("local"));
        // A worker-3.log of an earlier, larger cluster would pass for this one's.
        FileTrees.deleteQuietly(layout.logFolder());
        int jars = SparkHome.prepare(layout.sparkHome(), SparkHome.currentClassPath());
        LOG.info("Local cluster SPARK_HOME {} with {} jars", layout.sparkHome(), jars);
        Optional<String> secret = spec.authenticate() ? Optional.of(ClusterSecret.create(layout.secretFile())) : Optional.empty();
        if (secret.isEmpty()) {
            ClusterSecret.delete(layout.secretFile());
        }

        DaemonLauncher launcher = new DaemonLauncher(layout, secret);
        FreePorts ports = new FreePorts();
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Process> started = new ArrayList<>();
        Thread cleanup = new Thread(() -> started.forEach(Process::destroyForcibly), "cluster-start-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            int masterPort = ports.preferOrAny(PREFERRED_MASTER_PORT);
            int webUiPort = ports.preferOrAny(PREFERRED_WEB_UI_PORT);
            String masterUrl = "spark://127.0.0.1:" + masterPort;
            Process masterProcess = launcher.startMaster(masterPort, webUiPort);
            started.add(masterProcess);
            Daemon master = daemon("master", masterProcess, masterPort, webUiPort, layout.masterLog());
            awaitMaster(master, masterProcess, timeout, deadline);

            List<Daemon> workers = new ArrayList<>();
            List<Process> workerProcesses = new ArrayList<>();
            for (int i = 1; i <= spec.workers(); i++) {
                int port = ports.any();
                int workerUi = ports.any();
                Process p = launcher.startWorker(i, spec, masterUrl, port, workerUi);
                started.add(p);
                workerProcesses.add(p);
                workers.add(daemon("worker-" + i, p, port, workerUi, layout.workerLog(i)));
            }
            awaitWorkers(master, workers, workerProcesses, timeout, deadline);

            ClusterState state = new ClusterState(masterUrl, master, workers, spec, Instant.now(), layout.sparkHome(),
                    layout.logFolder());
            state.write(layout.stateFile());
            started.clear();
            LOG.info("Local cluster ready at {} with {} workers", masterUrl, workers.size());
            return state;
        } catch (RuntimeException e) {
            endStarted(started);
            ClusterSecret.delete(layout.secretFile());
            throw e;
        } finally {
            removeHook(cleanup);
        }
    }

    /** Whether a cluster runs; a stale state file (its master gone) is reported, removed, and what is left ended. */
    public ClusterStatus status() {
        Optional<ClusterState> read = ClusterState.read(layout.stateFile());
        if (read.isEmpty()) {
            return new ClusterStatus(ClusterStatus.Kind.NOT_RUNNING, Optional.empty(), Optional.empty(), List.of());
        }
        ClusterState state = read.get();
        List<String> dead = state.daemons().stream().filter(d -> !d.alive()).map(Daemon::name).toList();
        if (!state.master().alive()) {
            ClusterStop.end(state.daemons());
            forget();
            LOG.info("Removed the stale local cluster state {} (gone: {})", layout.stateFile(), dead);
            return new ClusterStatus(ClusterStatus.Kind.STALE, read, Optional.empty(), dead);
        }
        Optional<MasterView> view;
        try {
            view = Optional.of(MasterView.fetch(state.master().webUiPort()));
        } catch (IOException e) {
            LOG.info("The local master's web UI did not answer: {}", e.getMessage());
            view = Optional.empty();
        }
        return new ClusterStatus(ClusterStatus.Kind.RUNNING, read, view, dead);
    }

    /** Ends the recorded daemons and removes the state file and secret; empty when no cluster was recorded. */
    public Optional<StopOutcome> stop() {
        Optional<ClusterState> state = ClusterState.read(layout.stateFile());
        if (state.isEmpty()) {
            return Optional.empty();
        }
        StopOutcome outcome = ClusterStop.end(state.get().daemons());
        forget();
        LOG.info("Local cluster {} stopped: {} daemons ended, {} forcibly", state.get().masterUrl(), outcome.ended(),
                outcome.forced());
        return Optional.of(outcome);
    }

    private void forget() {
        try {
            Files.deleteIfExists(layout.stateFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the cluster state file " + layout.stateFile() + ": " + e.getMessage(), e);
        }
        ClusterSecret.delete(layout.secretFile());
    }

    private static Daemon daemon(String name, Process process, int port, int webUiPort, Path log) {
        return new Daemon(name, process.pid(), Daemon.startMillisOf(process.toHandle()), port, webUiPort, log);
    }

    private static void awaitMaster(Daemon master, Process process, Duration timeout, long deadline) {
        String lastProblem = "no answer yet";
        while (System.nanoTime() < deadline) {
            requireRunning(master, process);
            try {
                MasterView view = MasterView.fetch(master.webUiPort());
                if ("ALIVE".equals(view.status())) {
                    return;
                }
                lastProblem = "status " + view.status();
            } catch (IOException e) {
                lastProblem = e.getMessage();
            }
            pause();
        }
        throw new EngineException(String.format(Locale.ROOT,
                "The Spark master did not come up within %d s (http://127.0.0.1:%d/json/: %s); see %s",
                timeout.toSeconds(), master.webUiPort(), lastProblem, master.log()));
    }

    private static void awaitWorkers(Daemon master, List<Daemon> workers, List<Process> processes, Duration timeout,
                                     long deadline) {
        Set<Integer> ports = workers.stream().map(Daemon::port).collect(Collectors.toSet());
        Set<Integer> registered = Set.of();
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < workers.size(); i++) {
                requireRunning(workers.get(i), processes.get(i));
            }
            try {
                registered = MasterView.fetch(master.webUiPort()).aliveWorkers().stream().map(MasterView.Worker::port)
                        .filter(ports::contains).collect(Collectors.toSet());
                if (registered.size() == workers.size()) {
                    return;
                }
            } catch (IOException e) {
                LOG.debug("Master web UI did not answer: {}", e.getMessage());
            }
            pause();
        }
        Set<Integer> done = registered;
        String missing = workers.stream().filter(w -> !done.contains(w.port())).map(w -> w.name() + " (" + w.log() + ")")
                .collect(Collectors.joining(", "));
        throw new EngineException(String.format(Locale.ROOT,
                "Only %d of %d workers registered with the master within %d s; see the log of %s and %s",
                done.size(), workers.size(), timeout.toSeconds(), missing, master.log()));
    }

    private static void requireRunning(Daemon daemon, Process process) {
        if (!process.isAlive()) {
            throw new EngineException("The Spark " + daemon.name() + " ended during start (exit code " + process.exitValue()
                    + "); see " + daemon.log());
        }
    }

    private static void endStarted(List<Process> started) {
        started.forEach(Process::destroy);
        for (Process p : started) {
            try {
                if (!p.waitFor(ClusterStop.POLITE_MS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook runs and ends what is left.
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("Interrupted while waiting for the local cluster to start");
        }
    }
}
