package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.WorkbenchPaths;
import java.nio.file.Path;

/**
 * Where a local cluster keeps its files: SPARK_HOME, the workers' work folders and the state file under
 * {@code <data>/cluster/}, the daemons' output under {@code <logs>/cluster/}, the shared secret in the
 * config folder. Always derived from {@link WorkbenchPaths} (never from the settings' data folder), so
 * that {@code cluster status} in another process finds the same files.
 */
public record ClusterLayout(Path root, Path logFolder, Path secretFile) {

    public static ClusterLayout of(WorkbenchPaths paths) {
        return new ClusterLayout(paths.dataFolder().resolve("cluster"), paths.logFolder().resolve("cluster"),
                paths.configFolder().resolve("cluster.secret"));
    }

    public static ClusterLayout fromEnvironment() {
        return of(WorkbenchPaths.fromEnvironment());
    }

    public Path sparkHome() {
        return root.resolve("spark-home");
    }

    public Path stateFile() {
        return root.resolve("cluster.properties");
    }

    public Path workFolder(int worker) {
        return root.resolve("work").resolve("worker-" + worker);
    }

    public Path localFolder(int worker) {
        return root.resolve("local").resolve("worker-" + worker);
    }

    public Path masterLog() {
        return logFolder.resolve("master.log");
    }

    public Path workerLog(int worker) {
        return logFolder.resolve("worker-" + worker + ".log");
    }
}
