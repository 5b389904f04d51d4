package io.sparkworkbench.engine;

import io.sparkworkbench.engine.cluster.ClusterLayout;
import io.sparkworkbench.engine.cluster.ClusterSecret;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds a SparkSession with desktop defaults: loopback only, no web UI, partitions sized to the cores. */
final class SparkSessions {

    private SparkSessions() {
    }

    static SparkConf conf(EngineSettings settings) {
        Path data = settings.dataFolder();
        int cores = Runtime.getRuntime().availableProcessors();
        SparkConf conf = new SparkConf()
                .setMaster(settings.masterUrl())
                .setAppName("Spark Workbench")
                .set("spark.ui.enabled", Boolean.toString(settings.sparkUiEnabled()))
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.master.rest.enabled", "false")
                .set("spark.sql.shuffle.partitions", Integer.toString(settings.effectiveShufflePartitions(cores)))
                .set("spark.sql.adaptive.enabled", "true")
                // Pools from resources/fairscheduler.xml: a query never queues behind a long fit (EnginePool).
                .set("spark.scheduler.mode", "FAIR")
                .set("spark.sql.session.timeZone", "UTC")
                // Kryo for the RDD data of MLlib and GraphX (Spark's tuning guide); SQL keeps its own encoders.
                .set("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .set("spark.sql.datetime.java8API.enabled", "true")
                .set("spark.local.dir", data.resolve("spark-local").toString())
                .set("spark.sql.warehouse.dir", data.resolve("warehouse").toUri().toString())
                .set("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "true")
                .set("spark.hadoop.parquet.enable.summary-metadata", "false")
                // No .crc side files: halves the cost of small writes and keeps folders clean (docs/decisions).
                .set("spark.hadoop.fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
        org.apache.spark.graphx.GraphXUtils.registerKryoClasses(conf);
        if (settings.sparkUiEnabled()) {
            conf.set("spark.ui.host", "127.0.0.1");
        }
        if (!settings.masterUrl().startsWith("local")) {
            // Executors on a cluster need the same module flags this JVM was started with.
            conf.set("spark.executor.extraJavaOptions", JvmFlags.moduleFlagsLine());
        }
        // The app's own loopback cluster started with --authenticate: its secret, read from the owner-only
        // file and set in this JVM only (Spark keeps it off the executors' command lines).
        ClusterSecret.forMaster(settings.masterUrl(), ClusterLayout.fromEnvironment()).ifPresent(secret ->
                conf.set("spark.authenticate", "true").set("spark.authenticate.secret", secret));
        return conf;
    }

    static SparkSession create(EngineSettings settings, JobTracker tracker) {
        SparkSession spark = SparkSession.builder().config(conf(settings)).getOrCreate();
        spark.sparkContext().addSparkListener(tracker);
        return spark;
    }

    static EngineStatus describe(SparkSession spark) {
        return new EngineStatus(EngineStatus.State.READY, spark.sparkContext().master(),
                spark.sparkContext().defaultParallelism(), spark.version(), "Ready");
    }
}
