package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.smoke.InstallationChecks;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * MLlib (K-Means), GraphX (PageRank, with a lambda of the app's own classes and Kryo) and a windowed
 * Structured Streaming query over a folder: the same answers on the executors of the cluster as locally.
 */
final class LibraryChecks implements ClusterCase {

    @Override
    public String name() {
        return "libraries";
    }

    @Override
    public Map<String, Object> run(SparkEngine engine, Path scratch) throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        for (InstallationChecks.Check check : engine.submit("cluster case: libraries", ctx -> java.util.List.of(
                InstallationChecks.kmeans(ctx), InstallationChecks.pagerank(ctx),
                InstallationChecks.streaming(ctx, scratch.resolve("stream")))).future().get(5, TimeUnit.MINUTES)) {
            if (!check.ok()) {
                throw new AssertionError(check.name() + " gave a wrong answer on " + engine.status().master() + ": " + check.detail());
            }
            values.put(check.name(), check.detail());
        }
        return values;
    }
}
