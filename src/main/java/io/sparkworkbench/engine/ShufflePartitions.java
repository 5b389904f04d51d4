package io.sparkworkbench.engine;

import java.util.function.Supplier;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * THE rule for {@code spark.sql.shuffle.partitions}: the user's number, else twice the session's real
 * parallelism — the cores of every executor on a cluster, not the laptop's. Applied when the session starts,
 * when executors join or leave, and when the setting changes, so the three never disagree.
 */
final class ShufflePartitions extends SparkListener {

    private static final Logger LOG = LoggerFactory.getLogger(ShufflePartitions.class);
    static final String KEY = "spark.sql.shuffle.partitions";

    private final SparkSession spark;
    private final Supplier<EngineSettings> settings;
    private volatile int applied = -1;

    ShufflePartitions(SparkSession spark, Supplier<EngineSettings> settings) {
        this.spark = spark;
        this.settings = settings;
    }

    /** The number for a user setting ({@code 0} = automatic) and the cores Spark runs tasks on. */
    static int rule(int userSetting, int parallelism) {
        return userSetting > 0 ? userSetting : Math.max(2, parallelism * 2);
    }

    /** Sets the session's partition count from the current settings and parallelism; returns it. */
    int apply() {
        int parallelism = spark.sparkContext().defaultParallelism();
        int partitions = rule(settings.get().shufflePartitions(), parallelism);
        if (partitions != applied) {
            spark.conf().set(KEY, partitions);
            LOG.info("Shuffle partitions {} (setting {}, parallelism {})", partitions, settings.get().shufflePartitions(),
                    parallelism);
            applied = partitions;
        }
        return partitions;
    }

    int applied() {
        return applied;
    }

    @Override
    public void onExecutorAdded(SparkListenerExecutorAdded added) {
        applyQuietly();
    }

    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
        applyQuietly();
    }

    private void applyQuietly() {
        try {
            apply();
        } catch (RuntimeException e) {
            // The listener bus must not die for this: a session being stopped refuses conf changes.
            LOG.debug("Shuffle partitions not updated: {}", e.getMessage());
        }
    }
}
