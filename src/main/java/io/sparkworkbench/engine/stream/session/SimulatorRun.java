package io.sparkworkbench.engine.stream.session;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.stream.source.ClickstreamSimulator;
import io.sparkworkbench.engine.stream.source.CustomerPopulation;
import io.sparkworkbench.engine.stream.source.IncomingSweeper;
import io.sparkworkbench.engine.stream.source.ProductCatalogue;
import io.sparkworkbench.engine.stream.source.SimulatorConfig;
import io.sparkworkbench.engine.stream.source.SimulatorCounters;
import io.sparkworkbench.engine.stream.source.StreamFolders;
import io.sparkworkbench.engine.stream.source.StreamSourceSpec;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The clickstream simulator writing into {@code <data>/streams/simulator/incoming}, swept as the queries commit. */
final class SimulatorRun implements SourceRun {

    static final String FOLDER_NAME = "simulator";
    /**
     * Ids per millisecond of wall clock a run may use before it could meet the next run's first id: the simulator writes
     * at most 50,000 × 5 (flash sale) = 250 events a millisecond, so a base of start time × 1,000 is never reached by
     * an earlier run's ids (ADR 0031).
     */
    static final long IDS_PER_MILLI = 1_000;

    private final ClickstreamSimulator simulator;
    private final StreamFolders folders;
    private final IncomingSweeper sweeper = new IncomingSweeper();
    private volatile List<Path> consumers = List.of();

    private SimulatorRun(ClickstreamSimulator simulator, StreamFolders folders) {
        this.simulator = simulator;
        this.folders = folders;
    }

    /** Reads the open data set's products and customers (Spark jobs under the action's tag) and prepares the folder. */
    static SimulatorRun open(EngineContext ctx, String folderName, Path datasetFolder, LiveSourceChoice.Simulator choice, LongSupplier clock) {
        SparkSession spark = ctx.spark();
        ProductCatalogue catalogue = ProductCatalogue.load(spark);
        ctx.checkCancelled();
        CustomerPopulation population = datasetFolder != null ? CustomerPopulation.of(spark, datasetFolder) : customersOf(spark);
        long now = clock.getAsLong();
        SimulatorConfig config = SimulatorConfig.of(now, choice.eventsPerSecond()).withLateShare(choice.lateShare())
                .withIdBase(freshIdBase(now));
        StreamFolders folders = StreamFolders.of(ctx.dataFolder(), folderName).create();
        return new SimulatorRun(new ClickstreamSimulator(config, catalogue, population, folders, clock), folders);
    }

    /** Event and session ids of a run starting at {@code startMillis} begin after this, above every earlier run's. */
    static long freshIdBase(long startMillis) {
        if (startMillis <= 0) {
            throw new EngineException("The clock reads " + startMillis + ": cannot derive fresh event ids from it");
        }
        return Math.multiplyExact(startMillis, IDS_PER_MILLI);
    }

    /** Customers known by their id range when no data set folder is known (views registered some other way). */
    private static CustomerPopulation customersOf(SparkSession spark) {
        if (!spark.catalog().tableExists("customers")) {
            return CustomerPopulation.anonymousOnly();
        }
        Row range = spark.table("customers").selectExpr("min(cast(customer_id as bigint))", "max(cast(customer_id as bigint))").first();
        return range.isNullAt(0) ? CustomerPopulation.anonymousOnly() : CustomerPopulation.idRange(range.getLong(0), range.getLong(1));
    }

    @Override
    public StreamSourceSpec spec() {
        return StreamSourceSpec.liveEvents(folders.incoming());
    }

    @Override
    public void start() {
        simulator.start();
    }

    @Override
    public void consumers(Collection<Path> checkpoints) {
        consumers = List.copyOf(checkpoints);
        simulator.consumers(consumers);
    }

    @Override
    public void stop() throws InterruptedException {
        simulator.close();
    }

    @Override
    public void sweep() {
        sweeper.sweep(folders, consumers);
    }

    @Override
    public void setRate(int eventsPerSecond) {
        simulator.setRate(eventsPerSecond);
    }

    @Override
    public void flashSale() {
        simulator.flashSale();
    }

    @Override
    public LiveSourceStatus status() {
        SimulatorCounters c = simulator.counters();
        String what = String.format(Locale.ROOT, "simulator at %,d events/s%s", c.eventsPerSecond(), c.flashSale() ? " (flash sale)" : "");
        return new LiveSourceStatus(what, c.eventsProduced(), c.eventsPerSecond(), c.flashSale(), c.backlogFull(), c.bytesOnDisk(), false,
                c.failure());
    }
}
