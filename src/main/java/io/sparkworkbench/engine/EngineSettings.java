package io.sparkworkbench.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the user chose in the settings dialog. {@code shufflePartitions == 0} means "cores x 2".
 */
public record EngineSettings(String masterUrl, int shufflePartitions, boolean sparkUiEnabled, Path dataFolder) {

    public static final String DEFAULT_MASTER = "local[*]";

    public EngineSettings {
        Objects.requireNonNull(masterUrl, "masterUrl");
        Objects.requireNonNull(dataFolder, "dataFolder");
        if (masterUrl.isBlank()) {
            throw new IllegalArgumentException("The master URL is empty");
        }
        if (shufflePartitions < 0) {
            throw new IllegalArgumentException("Shuffle partitions must be 0 (automatic) or more, not " + shufflePartitions);
        }
    }

    public static EngineSettings defaults(Path dataFolder) {
        return new EngineSettings(DEFAULT_MASTER, 0, false, dataFolder);
    }

    /** The partition count actually used: the user's, or twice the cores Spark runs on ({@link ShufflePartitions}). */
    public int effectiveShufflePartitions(int cores) {
        return ShufflePartitions.rule(shufflePartitions, cores);
    }

    /** True when switching from {@code other} to this needs a new SparkSession. */
    public boolean needsRestartComparedTo(EngineSettings other) {
        return !masterUrl.equals(other.masterUrl) || sparkUiEnabled != other.sparkUiEnabled
                || !dataFolder.equals(other.dataFolder);
    }

    public EngineSettings withDataFolder(Path folder) {
        return new EngineSettings(masterUrl, shufflePartitions, sparkUiEnabled, folder);
    }
}
