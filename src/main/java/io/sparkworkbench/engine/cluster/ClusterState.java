package io.sparkworkbench.engine.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What {@code cluster start} left for {@code cluster status} and {@code cluster stop} in other processes:
 * {@code <data>/cluster/cluster.properties} with the master URL, every daemon's pid, ports and log, the
 * workers' shape and the start time. Written atomically; the secret is never in it.
 */
public record ClusterState(String masterUrl, Daemon master, List<Daemon> workers, ClusterSpec spec, Instant startedAt,
                           Path sparkHome, Path logFolder) {

    public ClusterState {
        workers = List.copyOf(workers);
        if (workers.size() != spec.workers()) {
            throw new IllegalArgumentException(workers.size() + " workers recorded for a cluster of " + spec.workers());
        }
    }

    public String webUiUrl() {
        return "http://127.0.0.1:" + master.webUiPort() + "/";
    }

    /** The master first, then the workers. */
    public List<Daemon> daemons() {
        return Stream.concat(Stream.of(master), workers.stream()).toList();
    }

    public void write(Path file) {
        Properties p = new Properties();
        p.setProperty("master.url", masterUrl);
        put(p, "master", master);
        p.setProperty("workers", Integer.toString(workers.size()));
        for (int i = 0; i < workers.size(); i++) {
            put(p, "worker." + (i + 1), workers.get(i));
        }
        p.setProperty("worker.cores", Integer.toString(spec.coresPerWorker()));
        p.setProperty("worker.memory", spec.memoryPerWorker());
        p.setProperty("authenticate", Boolean.toString(spec.authenticate()));
        p.setProperty("started.at", startedAt.toString());
        p.setProperty("spark.home", sparkHome.toString());
        p.setProperty("log.folder", logFolder.toString());
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".cluster", ".properties");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Spark Workbench local cluster (written by 'cluster start', removed by 'cluster stop')");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the cluster state file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The state in {@code file}; empty when there is none. A file that cannot be understood says where. */
    public static Optional<ClusterState> read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the cluster state file " + file + ": " + e.getMessage(), e);
        }
        try {
            int count = Integer.parseInt(required(p, "workers"));
            List<Daemon> workers = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                workers.add(daemon(p, "worker." + i, "worker-" + i));
            }
            ClusterSpec spec = new ClusterSpec(count, Integer.parseInt(required(p, "worker.cores")),
                    required(p, "worker.memory"), Boolean.parseBoolean(required(p, "authenticate")));
            return Optional.of(new ClusterState(required(p, "master.url"), daemon(p, "master", "master"), workers, spec,
                    Instant.parse(required(p, "started.at")), Path.of(required(p, "spark.home")),
                    Path.of(required(p, "log.folder"))));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The cluster state file " + file + " is damaged (" + e.getMessage()
                    + "); delete it after ending any daemons it named", e);
        }
    }

    private static void put(Properties p, String prefix, Daemon d) {
        p.setProperty(prefix + ".pid", Long.toString(d.pid()));
        p.setProperty(prefix + ".process.start", Long.toString(d.startMillis()));
        p.setProperty(prefix + ".port", Integer.toString(d.port()));
        p.setProperty(prefix + ".webui.port", Integer.toString(d.webUiPort()));
        p.setProperty(prefix + ".log", d.log().toString());
    }

    private static Daemon daemon(Properties p, String prefix, String name) {
        return new Daemon(name, Long.parseLong(required(p, prefix + ".pid")),
                Long.parseLong(required(p, prefix + ".process.start")), Integer.parseInt(required(p, prefix + ".port")),
                Integer.parseInt(required(p, prefix + ".webui.port")), Path.of(required(p, prefix + ".log")));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no " + key);
        }
        return value.trim();
    }
}
