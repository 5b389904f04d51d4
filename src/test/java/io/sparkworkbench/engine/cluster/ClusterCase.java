package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.SparkEngine;
import java.nio.file.Path;
import java.util.Map;

/**
 * One engine service's part of {@link LocalVersusClusterIT}: work that must give the same answer in local
 * mode and on the standalone cluster. It runs twice, each time on a different engine, and returns named
 * values (a table's digest, a query's sorted rows, a model's metrics) that the suite compares name by name.
 * Values must have a meaningful {@code equals} and be computed in Spark (on the executors), never on the
 * driver alone, or the comparison proves nothing about the cluster.
 */
interface ClusterCase {

    /** A short name, shown in the test report before each value's name. */
    String name();

    /**
     * Runs the work on {@code engine} and returns its values by name. {@code scratch} is an empty folder of
     * this run only (local and cluster get different ones), for whatever the work writes.
     */
    Map<String, Object> run(SparkEngine engine, Path scratch) throws Exception;
}
