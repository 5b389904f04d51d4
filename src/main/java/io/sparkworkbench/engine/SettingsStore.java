package io.sparkworkbench.engine;

import io.sparkworkbench.engine.connect.ConnectionSettings;
import io.sparkworkbench.engine.connect.SecretFile;
import io.sparkworkbench.engine.connect.SharedSecret;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings, theme and recent folders in one properties file in the user's config folder. Reads come from
 * memory; every change is written behind, on one background thread ({@link WriteBehind}), because tab
 * switches and theme changes happen on the JavaFX thread. Each write goes to a temporary file moved into
 * place, so a crash never leaves half a file; {@link #close()} and JVM exit flush what is pending.
 */
public final class SettingsStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final int MAX_RECENT = 8;

    private final Path file;
    private final Path defaultDataFolder;
    private final Properties properties = new Properties();
    private final WriteBehind writes = new WriteBehind("settings-writer");
    private final Thread flushAtExit = new Thread(this::flushQuietly, "settings-flush");
    private volatile String writeProblem;
    /** Read once with the file; changed in memory and written behind with it, like every other setting. */
    private SharedSecret secret = SharedSecret.none();
    private boolean secretChanged;

    /** Reads the file now, on the caller's thread: construct it before the window exists. */
    public SettingsStore(Path configFolder, Path defaultDataFolder) {
        this.file = configFolder.resolve("settings.properties");
        this.defaultDataFolder = defaultDataFolder;
        load();
        secret = readSecret();
        Runtime.getRuntime().addShutdownHook(flushAtExit);
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read settings from {}; using defaults", file, e);
        }
    }

    public synchronized EngineSettings engineSettings() {
        try {
            return new EngineSettings(
                    properties.getProperty("spark.master", EngineSettings.DEFAULT_MASTER),
                    Integer.parseInt(properties.getProperty("spark.shufflePartitions", "0")),
                    Boolean.parseBoolean(properties.getProperty("spark.uiEnabled", "false")),
                    Path.of(properties.getProperty("dataFolder", defaultDataFolder.toString())))
                    .withConnection(connectionSettings());
        } catch (RuntimeException e) {
            LOG.warn("Settings in {} are invalid ({}); using defaults", file, e.getMessage());
            return EngineSettings.defaults(defaultDataFolder);
        }
    }

    public synchronized void saveEngineSettings(EngineSettings settings) {
        properties.setProperty("spark.master", settings.masterUrl());
        properties.setProperty("spark.shufflePartitions", Integer.toString(settings.shufflePartitions()));
        properties.setProperty("spark.uiEnabled", Boolean.toString(settings.sparkUiEnabled()));
        properties.setProperty("dataFolder", settings.dataFolder().toString());
        save();
    }

    /** Executor size, driver address, checkpoint folder and the secret (from its own owner-only file). */
    public synchronized ConnectionSettings connectionSettings() {
        try {
            return new ConnectionSettings(
                    properties.getProperty("cluster.executorMemory", ""),
                    Integer.parseInt(properties.getProperty("cluster.executorCores", "0")),
                    properties.getProperty("cluster.driverAddress", ""),
                    properties.getProperty("cluster.checkpointFolder", ""),
                    sharedSecret());
        } catch (RuntimeException e) {
            LOG.warn("Connection settings in {} are invalid ({}); using defaults", file, e.getMessage());
            return ConnectionSettings.defaults().withSecret(sharedSecret());
        }
    }

    /** Saves the connection settings; the secret goes to its own file, never into settings.properties. */
    public synchronized void saveConnectionSettings(ConnectionSettings connection) {
        properties.setProperty("cluster.executorMemory", connection.executorMemory());
        properties.setProperty("cluster.executorCores", Integer.toString(connection.executorCores()));
        properties.setProperty("cluster.driverAddress", connection.driverAddress());
        properties.setProperty("cluster.checkpointFolder", connection.checkpointFolder());
        saveSharedSecret(connection.secret());
        save();
    }

    /** The stored {@code spark.authenticate} secret, or none (held in memory: no disk read on the caller's thread). */
    public synchronized SharedSecret sharedSecret() {
        return secret;
    }

    /** Keeps the secret and writes its owner-only file behind, with the settings. */
    public synchronized void saveSharedSecret(SharedSecret newSecret) {
        secret = newSecret;
        secretChanged = true;
        save();
    }

    private SharedSecret readSecret() {
        SecretFile secrets = SecretFile.connection(file.getParent());
        try {
            return secrets.read();
        } catch (IOException e) {
            // The exception names the file only; the secret is never part of it.
            LOG.warn("Could not read the cluster secret from {}: {}", secrets.path(), e.getMessage());
            return SharedSecret.none();
        }
    }

    private void writeSecret(SharedSecret toWrite) {
        SecretFile secrets = SecretFile.connection(file.getParent());
        try {
            secrets.write(toWrite);
        } catch (IOException e) {
            writeProblem = "Could not save the cluster secret to " + secrets.path() + ": " + e.getMessage();
            LOG.error(writeProblem);
        }
    }

    public synchronized String get(String key, String fallback) {
        return properties.getProperty(key, fallback);
    }

    public synchronized void put(String key, String value) {
        properties.setProperty(key, value);
        save();
    }

    /** Most recent first, without duplicates. */
    public synchronized List<Path> recentFolders() {
        List<Path> result = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = properties.getProperty("recent." + i);
            if (value != null) {
                result.add(Path.of(value));
            }
        }
        return result;
    }

    public synchronized void addRecentFolder(Path folder) {
        List<Path> recent = recentFolders();
        Path normalized = folder.toAbsolutePath().normalize();
        recent.remove(normalized);
        recent.add(0, normalized);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                properties.setProperty("recent." + i, recent.get(i).toString());
            } else {
                properties.remove("recent." + i);
            }
        }
        save();
    }

    /**
     * Waits until every change so far is in the file. Throws an {@link EngineException} naming the file
     * when the last write failed. Blocks: not for the JavaFX thread (the app calls it only on exit).
     */
    public void flush() {
        writes.flush();
        String problem = writeProblem;
        if (problem != null) {
            throw new EngineException(problem);
        }
    }

    /** Flushes and ends the writer thread; changes after this are written at once. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(flushAtExit);
        } catch (IllegalStateException exiting) {
            // Called from a shutdown hook: the JVM is already exiting and runs ours anyway.
        }
        writes.close();
    }

    private void flushQuietly() {
        writes.flush();
    }

    /** Called with the lock held after every change: queues one write of the whole file. */
    private void save() {
        writes.submit(this::write);
    }

    private void write() {
        Properties copy;
        SharedSecret secretToWrite = null;
        synchronized (this) {
            copy = (Properties) properties.clone();
            if (secretChanged) {
                secretToWrite = secret;
                secretChanged = false;
            }
        }
        writeProblem = null;
        if (secretToWrite != null) {
            // In the same queued write as the settings: the writer keeps only the newest write waiting.
            writeSecret(secretToWrite);
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                copy.store(out, "Spark Workbench settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.error("Could not save settings to {}", file, e);
            writeProblem = "Could not save settings to " + file + ": " + e.getMessage();
        }
    }
}
