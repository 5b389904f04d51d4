package io.sparkworkbench.engine;

import java.util.Locale;
import org.apache.spark.SparkConf;

/**
 * Which Hadoop file system serves {@code file:} paths (decisions 0004 and 0043): the raw one (no .crc side
 * files) everywhere, without chmod on Windows, where Hadoop would otherwise need winutils.exe for every file
 * it writes; and there, streaming checkpoints through the same FileSystem API, because Spark's default
 * FileContext manager reaches the local disk through Hadoop's own RawLocalFs, whose link checks run
 * {@code winutils.exe readlink}.
 */
final class LocalFileSystems {

    static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    static final String CHECKPOINT_MANAGER_KEY = "spark.sql.streaming.checkpointFileManagerClass";
    static final String FILE_SYSTEM_CHECKPOINTS =
            "org.apache.spark.sql.execution.streaming.checkpointing.FileSystemBasedCheckpointFileManager";

    private LocalFileSystems() {
    }

    static SparkConf configure(SparkConf conf, boolean windows) {
        if (windows) {
            return conf.set("spark.hadoop.fs.file.impl", NoChmodLocalFileSystem.class.getName())
                    .set(CHECKPOINT_MANAGER_KEY, FILE_SYSTEM_CHECKPOINTS);
        }
        // No .crc side files: halves the cost of small writes and keeps folders clean (decision 0004).
        return conf.set("spark.hadoop.fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
    }
}
