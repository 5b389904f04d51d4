package io.sparkworkbench.engine.cluster;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a local standalone cluster: how many workers, and the cores and memory each offers to
 * executors. {@code memory} is in Spark's notation ({@code 512m}, {@code 1g}).
 */
public record ClusterSpec(int workers, int coresPerWorker, String memoryPerWorker, boolean authenticate) {

    public static final int MAX_WORKERS = 16;
    /** Spark's default executor memory is 1g; a worker offering less could never run one. */
    static final long MIN_MEMORY_MB = 1024;
    private static final Pattern MEMORY = Pattern.compile("(\\d+)([mMgG])");

    public ClusterSpec {
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("--workers must be between 1 and " + MAX_WORKERS + ", not " + workers);
        }
        if (coresPerWorker < 1) {
            throw new IllegalArgumentException("--cores must be at least 1, not " + coresPerWorker);
        }
        if (memoryPerWorker == null || !MEMORY.matcher(memoryPerWorker).matches()) {
            throw new IllegalArgumentException("--memory must be a number followed by m or g (e.g. 1g, 1536m), not '"
                    + memoryPerWorker + "'");
        }
        memoryPerWorker = memoryPerWorker.toLowerCase(Locale.ROOT);
        if (memoryMb(memoryPerWorker) < MIN_MEMORY_MB) {
            throw new IllegalArgumentException("--memory must be at least 1g (an executor takes 1g), not " + memoryPerWorker);
        }
    }

    /** The loopback default: two workers of one core and 1g each. */
    public static ClusterSpec defaults() {
        return new ClusterSpec(2, 1, "1g", false);
    }

    public long memoryMbPerWorker() {
        return memoryMb(memoryPerWorker);
    }

    static long memoryMb(String memory) {
        Matcher m = MEMORY.matcher(memory);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a memory size: " + memory);
        }
        long amount = Long.parseLong(m.group(1));
        return m.group(2).equalsIgnoreCase("g") ? amount * 1024 : amount;
    }
}
