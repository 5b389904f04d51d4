package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.JvmFlags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a master or a worker as a child JVM: the java this JVM runs on, its module flags, the class path
 * of the prepared SPARK_HOME, loopback addresses, REST submission off, output to the daemon's log file.
 * The secret, when there is one, goes into the child's environment (Spark's {@code _SPARK_AUTH_SECRET}),
 * which only the same user can read, and never onto the command line, which {@code ps} shows to everyone.
 */
final class DaemonLauncher {

    static final String MASTER_CLASS = "org.apache.spark.deploy.master.Master";
    static final String WORKER_CLASS = "org.apache.spark.deploy.worker.Worker";
    /** The daemons only route work; the executors they launch get the memory the worker offers. */
    private static final String DAEMON_HEAP = "-Xmx512m";

    private final ClusterLayout layout;
    private final Optional<String> secret;

    DaemonLauncher(ClusterLayout layout, Optional<String> secret) {
        this.layout = layout;
        this.secret = secret;
    }

    Process startMaster(int port, int webUiPort) {
        return start(layout.masterLog(), layout.root(), MASTER_CLASS,
                List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(webUiPort)),
                Map.of());
    }

    Process startWorker(int index, ClusterSpec spec, String masterUrl, int port, int webUiPort) {
        Path work = layout.workFolder(index);
        Path local = layout.localFolder(index);
        createFolders(work, local);
        return start(layout.workerLog(index), work, WORKER_CLASS,
                List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(webUiPort),
                        "--cores", Integer.toString(spec.coresPerWorker()), "--memory", spec.memoryPerWorker(),
                        "--work-dir", work.toString(), masterUrl),
                // Executors' scratch space (shuffle files, spills) next to the worker's, not in /tmp.
                Map.of("SPARK_LOCAL_DIRS", local.toString()));
    }

    private Process start(Path log, Path workingDir, String mainClass, List<String> args, Map<String, String> extraEnv) {
        List<String> command = new ArrayList<>(setsid());
        command.add(JavaRuntime.javaExecutable().toString());
        command.add(DAEMON_HEAP);
        command.addAll(JvmFlags.moduleFlags());
        command.add("-Dlog4j2.configurationFile=" + layout.sparkHome().resolve("conf/log4j2.properties").toUri());
        command.add("-Dspark.master.rest.enabled=false");
        if (secret.isPresent()) {
            command.add("-Dspark.authenticate=true");
        }
        command.add("-cp");
        command.add(layout.sparkHome().resolve("jars") + "/*");
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", layout.sparkHome().toString());
        env.put("SPARK_CONF_DIR", layout.sparkHome().resolve("conf").toString());
        // Spark binds its web UIs to SPARK_LOCAL_IP (0.0.0.0 without it) and ignores --host for them.
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_SCALA_VERSION", "2.13");
        // The worker starts executors with JAVA_HOME's java: make that this JVM's, not whatever the shell had.
        env.put("JAVA_HOME", JavaRuntime.javaHome().toString());
        env.remove("SPARK_CLASSPATH");
        env.remove("_SPARK_AUTH_SECRET");
        secret.ifPresent(s -> env.put("_SPARK_AUTH_SECRET", s));
        env.putAll(extraEnv);
        try {
            Files.createDirectories(log.getParent());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Spark " + mainClass.substring(mainClass.lastIndexOf('.') + 1)
                    + " with " + command.get(setsid().size()) + ": " + e.getMessage(), e);
        }
    }

    /**
     * A session of their own where {@code setsid} exists: the daemons outlive the terminal {@code cluster start}
     * ran in and a Ctrl-C meant for a later command. setsid execs in place here (a child of this JVM leads no
     * process group), so the pid stays the daemon's.
     */
    private static List<String> setsid() {
        for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return List.of(candidate);
            }
        }
        return List.of();
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void createFolders(Path... folders) {
        try {
            for (Path folder : folders) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + e.getMessage(), e);
        }
    }
}
