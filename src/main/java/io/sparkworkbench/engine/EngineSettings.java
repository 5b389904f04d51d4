package io.sparkworkbench.engine;

import io.sparkworkbench.engine.connect.ConnectionSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the user chose in the settings dialog. {@code shufflePartitions == 0} means "cores x 2".
 * How a cluster is reached beside the master URL lives in {@link ConnectionSettings}.
 */
public record EngineSettings(String masterUrl, int shufflePartitions, boolean sparkUiEnabled, Path dataFolder,
                             ConnectionSettings connection) {

    public static final String DEFAULT_MASTER = "local[*]";

    public EngineSettings {
        Objects.requireNonNull(masterUrl, "masterUrl");
        Objects.requireNonNull(dataFolder, "dataFolder");
        connection = Objects.requireNonNullElse(connection, ConnectionSettings.defaults());
        if (masterUrl.isBlank()) {
            throw new IllegalArgumentException("The master URL is empty");
        }
        if (shufflePartitions < 0) {
            throw new IllegalArgumentException("Shuffle partitions must be 0 (automatic) or more, not " + shufflePartitions);
        }
    }

    /** Settings with the default connection (local runs need nothing else). */
    public EngineSettings(String masterUrl, int shufflePartitions, boolean sparkUiEnabled, Path dataFolder) {
        this(masterUrl, shufflePartitions, sparkUiEnabled, dataFolder, ConnectionSettings.defaults());
    }

    public static EngineSettings defaults(Path dataFolder) {
        return new EngineSettings(DEFAULT_MASTER, 0, false, dataFolder);
    }

    /** True for {@code local}, {@code local[N]} and the like: Spark runs inside this JVM. */
    public boolean isLocal() {
        return masterUrl.startsWith("local");
    }

    /** The partition count actually used: the user's, or twice the cores Spark runs on ({@link ShufflePartitions}). */
    public int effectiveShufflePartitions(int cores) {
        return ShufflePartitions.rule(shufflePartitions, cores);
    }

    /** True when switching from {@code other} to this needs a new SparkSession. */
    public boolean needsRestartComparedTo(EngineSettings other) {
        return !masterUrl.equals(other.masterUrl) || sparkUiEnabled != other.sparkUiEnabled
                || !dataFolder.equals(other.dataFolder) || !connection.equals(other.connection);
    }

    public EngineSettings withDataFolder(Path folder) {
        return new EngineSettings(masterUrl, shufflePartitions, sparkUiEnabled, folder, connection);
    }

    public EngineSettings withMaster(String master) {
        return new EngineSettings(master, shufflePartitions, sparkUiEnabled, dataFolder, connection);
    }

    public EngineSettings withConnection(ConnectionSettings newConnection) {
        return new EngineSettings(masterUrl, shufflePartitions, sparkUiEnabled, dataFolder, newConnection);
    }
}
