package io.sparkworkbench.engine.stream.source;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.datagen.CustomerLayout;
import io.sparkworkbench.engine.datagen.TasteGroups;
import io.sparkworkbench.engine.dataset.DatasetManifest;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The known customers a live session can belong to. For a data set this app generated, ids 1..n, whose latent
 * segment and taste group are recomputed from the id and the seed (the generator's {@link CustomerLayout} and
 * {@link TasteGroups}): nothing of the customers table is read. For any other data set, the id range of its
 * {@code customers} table (one aggregate), with no segment; without a customers table, every visitor is anonymous.
 */
public final class CustomerPopulation {

    private static final int MAX_TRIES = 64;

    private final long firstId;
    private final long lastId;
    private final CustomerLayout layout;
    private final TasteGroups taste;
    private final double maxVisitWeight;

    private CustomerPopulation(long firstId, long lastId, CustomerLayout layout, TasteGroups taste) {
        this.firstId = firstId;
        this.lastId = lastId;
        this.layout = layout;
        this.taste = taste;
        double max = 0;
        for (VisitorKind kind : VisitorKind.values()) {
            max = Math.max(max, kind.visitWeight());
        }
        this.maxVisitWeight = max;
    }

    /** The customers of a generated data set of this scale and seed. */
    public static CustomerPopulation generated(double scale, long seed, long customers) {
        if (customers < 1) {
            throw new EngineException("A generated data set has at least one customer, not " + customers);
        }
        return new CustomerPopulation(1, customers, CustomerLayout.of(customers, seed), TasteGroups.of(scale, seed));
    }

    /** Customers known only by their id range: behaviour does not depend on a segment. */
    public static CustomerPopulation idRange(long firstId, long lastId) {
        if (lastId < firstId) {
            throw new EngineException("The customer id range " + firstId + ".." + lastId + " is empty");
        }
        return new CustomerPopulation(firstId, lastId, null, null);
    }

    public static CustomerPopulation anonymousOnly() {
        return new CustomerPopulation(1, 0, null, null);
    }

    /** The population of the open data set in {@code datasetFolder}, registered in {@code spark}. */
    public static CustomerPopulation of(SparkSession spark, Path datasetFolder) {
        Optional<CustomerPopulation> generated = fromManifest(datasetFolder);
        if (generated.isPresent()) {
            return generated.get();
        }
        if (!spark.catalog().tableExists("customers")) {
            return anonymousOnly();
        }
        Row range = spark.table("customers").selectExpr("min(cast(customer_id as bigint))", "max(cast(customer_id as bigint))").first();
        return range.isNullAt(0) ? anonymousOnly() : idRange(range.getLong(0), range.getLong(1));
    }

    static Optional<CustomerPopulation> fromManifest(Path datasetFolder) {
        return DatasetManifest.read(datasetFolder).map(m -> m.tables().get("customers")).flatMap(entry -> {
            try {
                double scale = Double.parseDouble(entry.scale());
                long seed = Long.parseLong(entry.seed());
                return entry.rows() > 0 ? Optional.of(generated(scale, seed, entry.rows())) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public boolean hasCustomers() {
        return lastId >= firstId;
    }

    public boolean knowsSegments() {
        return layout != null;
    }

    /**
     * A customer for a known visitor's session, busy segments more often (in proportion to their visit weight,
     * as the generator draws orders): a uniform id, kept with probability weight / max weight.
     */
    long pickCustomer(SplittableRandom random) {
        long span = lastId - firstId + 1;
        long id = firstId + random.nextLong(span);
        if (layout == null) {
            return id;
        }
        for (int attempt = 1; attempt < MAX_TRIES && random.nextDouble() * maxVisitWeight >= kindOf(id).visitWeight(); attempt++) {
            id = firstId + random.nextLong(span);
        }
        return id;
    }

    VisitorKind kindOf(long customerId) {
        return layout == null ? VisitorKind.UNKNOWN_SEGMENT : VisitorKind.of(layout.segmentOf(customerId));
    }

    /** The customer's taste group, or -1 when the data set was not generated here. */
    int tasteGroupOf(long customerId) {
        return taste == null ? -1 : taste.tasteGroupOf(customerId);
    }

    /** The taste group of a product of a generated catalogue, or -1 (another catalogue, or an id it does not have). */
    int tasteGroupOfProduct(long productId) {
        if (taste == null) {
            return -1;
        }
        try {
            return taste.groupOfProduct(productId);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
