package io.sparkworkbench.engine;

import io.sparkworkbench.engine.cluster.ClusterLayout;
import io.sparkworkbench.engine.cluster.ClusterSecret;
import io.sparkworkbench.engine.connect.AppJar;
import io.sparkworkbench.engine.connect.ConnectionSettings;
import io.sparkworkbench.engine.connect.DriverAddress;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds a SparkSession with desktop defaults: loopback only when local, no web UI, partitions sized to
 * the cores; on a cluster the driver listens on the address that routes to the master (decision 0012).
 */
final class SparkSessions {

    private SparkSessions() {
    }

    static SparkConf conf(EngineSettings settings) {
        Path data = settings.dataFolder();
        int cores = Runtime.getRuntime().availableProcessors();
        ConnectionSettings connection = settings.connection();
        String driverHost = DriverAddress.choose(settings.masterUrl(), connection.driverAddress(), DriverAddress.OS_ROUTES);
        SparkConf conf = new SparkConf()
                .setMaster(settings.masterUrl())
                .setAppName("Spark Workbench")
                .set("spark.ui.enabled", Boolean.toString(settings.sparkUiEnabled()))
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", driverHost)
                .set("spark.driver.bindAddress", driverHost)
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
                .set("spark.hadoop.parquet.enable.summary-metadata", "false");
        LocalFileSystems.configure(conf, LocalFileSystems.WINDOWS);
        org.apache.spark.graphx.GraphXUtils.registerKryoClasses(conf);
        if (settings.sparkUiEnabled()) {
            conf.set("spark.ui.host", "127.0.0.1");
        }
        if (!settings.isLocal()) {
            // Executors on a cluster need the same module flags this JVM was started with,
            conf.set("spark.executor.extraJavaOptions", JvmFlags.moduleFlagsLine());
            // and the app's own classes for its lambdas and UDFs.
            conf.set("spark.jars", AppJar.forExecutors(data).toUri().toString());
            if (!connection.executorMemory().isEmpty()) {
                conf.set("spark.executor.memory", connection.executorMemory());
            }
            if (connection.executorCores() > 0) {
                conf.set("spark.executor.cores", Integer.toString(connection.executorCores()));
            }
        }
        if (connection.secret().isSet()) {
            // Standalone executors get the secret from their worker's environment (_SPARK_AUTH_SECRET),
            // so master, workers and this app must all be configured with the same one.
            conf.set("spark.authenticate", "true");
            conf.set("spark.authenticate.secret", connection.secret().reveal());
        } else {
            // The app's own loopback cluster started with --authenticate: its generated secret, read from its
            // owner-only file and set in this JVM only (Spark keeps it off the executors' command lines).
            ClusterSecret.forMaster(settings.masterUrl(), ClusterLayout.fromEnvironment()).ifPresent(secret ->
                    conf.set("spark.authenticate", "true").set("spark.authenticate.secret", secret));
        }
        return conf;
    }

    static SparkSession create(EngineSettings settings, JobTracker tracker) {
        SparkSession spark = SparkSession.builder().config(conf(settings)).getOrCreate();
        spark.sparkContext().addSparkListener(tracker);
        // ALS's checkpointInterval and iterative graph algorithms cut their lineage here.
        spark.sparkContext().setCheckpointDir(settings.connection().checkpointLocation(settings.dataFolder()));
        return spark;
    }

    static EngineStatus describe(SparkSession spark) {
        var sc = spark.sparkContext();
        return new EngineStatus(EngineStatus.State.READY, sc.master(), sc.defaultParallelism(), spark.version(), "Ready",
                sc.getConf().get("spark.driver.host", ""), sc.getConf().getInt("spark.driver.port", 0),
                sc.env().blockManager().blockManagerId().port(), 0, 0);
    }
}
