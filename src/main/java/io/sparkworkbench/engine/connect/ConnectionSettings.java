package io.sparkworkbench.engine.connect;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the session reaches a cluster, beside the master URL: executor size, the address executors call
 * the driver back on, where RDD checkpoints go, and the shared secret. Empty strings and 0 mean "automatic".
 *
 * @param executorMemory  Spark's size syntax ({@code 2g}, {@code 512m}); empty = Spark's default (1g)
 * @param executorCores   cores per executor; 0 = every core a worker offers
 * @param driverAddress   host or IP executors connect back to; empty = chosen from the route to the master
 * @param checkpointFolder empty = {@code <data folder>/checkpoints/rdd}; on a cluster it must be storage
 *                         every executor reaches (a shared mount or {@code hdfs://…})
 */
public record ConnectionSettings(String executorMemory, int executorCores, String driverAddress,
                                 String checkpointFolder, SharedSecret secret) {

    private static final Pattern MEMORY = Pattern.compile("[1-9][0-9]*[kmgt]?", Pattern.CASE_INSENSITIVE);

    public ConnectionSettings {
        executorMemory = Objects.requireNonNullElse(executorMemory, "").strip().toLowerCase(Locale.ROOT);
        driverAddress = Objects.requireNonNullElse(driverAddress, "").strip();
        checkpointFolder = Objects.requireNonNullElse(checkpointFolder, "").strip();
        secret = Objects.requireNonNullElse(secret, SharedSecret.none());
        if (!executorMemory.isEmpty() && !MEMORY.matcher(executorMemory).matches()) {
            throw new IllegalArgumentException("Executor memory '" + executorMemory + "' is not a size like 2g or 512m");
        }
        if (executorCores < 0) {
            throw new IllegalArgumentException("Executor cores must be 0 (automatic) or more, not " + executorCores);
        }
    }

    public static ConnectionSettings defaults() {
        return new ConnectionSettings("", 0, "", "", SharedSecret.none());
    }

    /** True when {@code memory} is empty or a size Spark accepts for {@code spark.executor.memory}. */
    public static boolean isMemorySize(String memory) {
        return memory == null || memory.isBlank() || MEMORY.matcher(memory.strip()).matches();
    }

    /** The folder (or URI) RDD checkpoints go to for a session whose data folder is {@code dataFolder}. */
    public String checkpointLocation(Path dataFolder) {
        return checkpointFolder.isEmpty() ? dataFolder.resolve("checkpoints").resolve("rdd").toString() : checkpointFolder;
    }

    public ConnectionSettings withSecret(SharedSecret newSecret) {
        return new ConnectionSettings(executorMemory, executorCores, driverAddress, checkpointFolder, newSecret);
    }
}
