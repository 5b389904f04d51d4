package io.sparkworkbench.app.cli;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.cluster.ClusterLayout;
import io.sparkworkbench.engine.cluster.ClusterSpec;
import io.sparkworkbench.engine.cluster.ClusterState;
import io.sparkworkbench.engine.cluster.ClusterStatus;
import io.sparkworkbench.engine.cluster.Daemon;
import io.sparkworkbench.engine.cluster.LocalCluster;
import io.sparkworkbench.engine.cluster.MasterView;
import io.sparkworkbench.engine.cluster.StopOutcome;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cluster start|status|stop}: a Spark standalone cluster on loopback, made of this app's own jars. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "A Spark standalone cluster on 127.0.0.1 (master + workers as child JVMs of this app).",
        subcommands = {ClusterCommand.Start.class, ClusterCommand.Status.class, ClusterCommand.Stop.class})
public final class ClusterCommand implements Runnable {

    /** {@code cluster status} when no cluster runs. */
    public static final int EXIT_NOT_RUNNING = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: start, status or stop");
    }

    static LocalCluster cluster() {
        return new LocalCluster(ClusterLayout.fromEnvironment());
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start a master and workers; exit 0 once every worker has registered, 1 otherwise.")
    static final class Start implements Callable<Integer> {

        @Option(names = "--workers", defaultValue = "2", description = "Workers (default ${DEFAULT-VALUE}).")
        int workers;

        @Option(names = "--cores", defaultValue = "1", description = "Cores per worker (default ${DEFAULT-VALUE}).")
        int cores;

        @Option(names = "--memory", defaultValue = "1g", description = "Memory per worker, e.g. 1g, 1536m (default ${DEFAULT-VALUE}).")
        String memory;

        @Option(names = "--authenticate", description = "Require a shared secret (kept owner-only in the config folder).")
        boolean authenticate;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ClusterSpec shape;
            try {
                shape = new ClusterSpec(workers, cores, memory, authenticate);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            LocalCluster cluster = cluster();
            long t0 = System.nanoTime();
            ClusterState state;
            try {
                state = cluster.start(shape, LocalCluster.START_TIMEOUT);
            } catch (EngineException e) {
                spec.commandLine().getErr().println("cluster start failed: " + e.getMessage());
                return WorkbenchCommand.EXIT_FAILURE;
            }
            out.printf(Locale.ROOT, "Local Spark cluster ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            out.println("master   " + state.masterUrl());
            out.println("web UI   " + state.webUiUrl());
            out.printf(Locale.ROOT, "workers  %d, each %d core%s and %s%n", shape.workers(), shape.coresPerWorker(),
                    shape.coresPerWorker() == 1 ? "" : "s", shape.memoryPerWorker());
            for (Daemon w : state.workers()) {
                out.printf(Locale.ROOT, "  %-9s 127.0.0.1:%d  web UI http://127.0.0.1:%d/  pid %d%n", w.name(), w.port(),
                        w.webUiPort(), w.pid());
            }
            if (shape.authenticate()) {
                out.println("secret   " + cluster.layout().secretFile() + " (owner-only; this app's sessions read it)");
            }
            out.println("logs     " + state.logFolder());
            out.println("Use it with --master " + state.masterUrl() + " (or as the Master URL in Settings, Connection tab); end it with 'cluster stop'.");
            out.flush();
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Whether the local cluster runs: exit 0 running, 3 not running.")
    static final class Status implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LocalCluster cluster = cluster();
            ClusterStatus status = cluster.status();
            try {
                switch (status.kind()) {
                    case NOT_RUNNING -> {
                        out.println("not running (no " + cluster.layout().stateFile() + ")");
                        return EXIT_NOT_RUNNING;
                    }
                    case STALE -> {
                        out.println("not running: the cluster recorded in " + cluster.layout().stateFile() + " is gone ("
                                + String.join(", ", status.deadDaemons()) + " not running); removed its state file");
                        return EXIT_NOT_RUNNING;
                    }
                    default -> {
                        print(out, status.state().orElseThrow(), status);
                        return 0;
                    }
                }
            } finally {
                out.flush();
            }
        }

        private static void print(PrintWriter out, ClusterState state, ClusterStatus status) {
            out.println("running  " + state.masterUrl() + " (started " + state.startedAt() + ")");
            out.println("web UI   " + state.webUiUrl());
            Optional<MasterView> view = status.master();
            if (view.isEmpty()) {
                out.println("workers  unknown: the master's web UI did not answer");
            } else {
                MasterView m = view.get();
                out.printf(Locale.ROOT, "workers  %d of %d alive, %d cores, %d MB%n", m.aliveWorkers().size(),
                        state.workers().size(), m.aliveCores(), m.aliveMemoryMb());
                for (MasterView.Worker w : m.workers()) {
                    out.printf(Locale.ROOT, "  %s:%d  %s  %d cores (%d used)  %d MB (%d used)%n", w.host(), w.port(),
                            w.state(), w.cores(), w.coresUsed(), w.memoryMb(), w.memoryUsedMb());
                }
            }
            if (!status.deadDaemons().isEmpty()) {
                out.println("gone     " + String.join(", ", status.deadDaemons()));
            }
            out.println("secret   " + (state.spec().authenticate() ? "required" : "none"));
            out.println("logs     " + state.logFolder());
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "End the local cluster's daemons.")
    static final class Stop implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<StopOutcome> outcome = cluster().stop();
            if (outcome.isEmpty()) {
                out.println("No local cluster is running");
            } else {
                StopOutcome o = outcome.get();
                out.printf(Locale.ROOT, "Stopped the local cluster: %d daemon%s ended%s%n", o.ended(), o.ended() == 1 ? "" : "s",
                        o.forced() == 0 ? "" : ", " + o.forced() + " of them forcibly");
            }
            out.flush();
            return 0;
        }
    }
}
