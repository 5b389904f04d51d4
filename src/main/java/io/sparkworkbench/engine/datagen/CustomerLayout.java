package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.when;

import java.math.BigInteger;
import org.apache.spark.sql.Column;

/**
 * Where each customer's latent segment comes from. Customers are laid out in segment blocks by
 * position (first the champions, then the loyal regulars, ...), and customer ids are a seeded affine
 * permutation of positions. So "pick a customer of segment k" and "which segment is customer id x"
 * are both closed formulas: orders find their customers without a join, and the segment is
 * recoverable from (id, seed, customer count) — by {@link #segmentOf(long)} — without being a column.
 */
public final class CustomerLayout {

    static final long SALT_PICK_SEGMENT = 801;
    static final long SALT_PICK_POSITION = 802;
    private static final double POSITION_SKEW = 1.1;

    private final long customers;
    private final long multiplier;
    private final long inverse;
    private final long offset;
    private final long[] blockStart;
    private final long[] blockSize;
    private final HashRandom random;

    CustomerLayout(long customers, HashRandom random) {
        this.customers = customers;
        this.random = random;
        this.multiplier = coprimeNear(customers, (long) (customers * 0.6180339887) + 1 + Math.floorMod(random.seed(), 97));
        this.inverse = BigInteger.valueOf(multiplier).modInverse(BigInteger.valueOf(customers)).longValueExact();
        this.offset = Math.floorMod(random.seed() * 7919, customers);
        CustomerSegment[] segments = CustomerSegment.values();
        blockStart = new long[segments.length];
        blockSize = new long[segments.length];
        long start = 0;
        for (int i = 0; i < segments.length; i++) {
            long size = i == segments.length - 1 ? customers - start : Math.round(customers * segments[i].share());
            blockStart[i] = start;
            blockSize[i] = size;
            start += size;
        }
    }

    /** The layout of a generated data set with this many customers and this seed. */
    public static CustomerLayout of(long customers, long seed) {
        return new CustomerLayout(customers, new HashRandom(seed));
    }

    public long customers() {
        return customers;
    }

    /** The latent segment of a customer id (1-based ids, as in the customers table). */
    public CustomerSegment segmentOf(long customerId) {
        if (customerId < 1 || customerId > customers) {
            throw new IllegalArgumentException("No customer " + customerId + " among " + customers);
        }
        long position = positionOf(customerId);
        CustomerSegment[] segments = CustomerSegment.values();
        for (int i = segments.length - 1; i >= 0; i--) {
            if (position >= blockStart[i]) {
                return segments[i];
            }
        }
        throw new IllegalStateException("Position " + position + " outside the layout");
    }

    /** Where a customer id sits in the layout (0-based; segment blocks in {@link CustomerSegment} order), like {@link #positionOfId}. */
    long positionOf(long customerId) {
        return Math.floorMod(BigInteger.valueOf(customerId - 1 - offset).multiply(BigInteger.valueOf(inverse))
                .mod(BigInteger.valueOf(customers)).longValueExact(), customers);
    }

    Column idOfPosition(Column position) {
        return pmod(position.multiply(multiplier).plus(offset), lit(customers)).plus(1);
    }

    Column segmentOfPosition(Column position) {
        Column segment = lit(0);
        for (int i = 1; i < blockStart.length; i++) {
            segment = when(position.geq(blockStart[i]), lit(i)).otherwise(segment);
        }
        return segment;
    }

    Column positionOfId(Column customerId) {
        return pmod(customerId.minus(1 + offset).multiply(inverse), lit(customers));
    }

    /** The latent segment index ({@link CustomerSegment#ordinal()}) of a customer id column, computed like {@link #segmentOf(long)}. */
    public Column segmentOfId(Column customerId) {
        return segmentOfPosition(positionOfId(customerId));
    }

    /**
     * Draws the segment of an order-like event in proportion to share x order weight; frequent
     * segments appear more often. Returns the segment index column.
     */
    Column pickSegment(Lookup segmentByActivity, long salt, Column... keys) {
        return HashRandom.pick(segmentByActivity, random.uniform(salt * 1000 + SALT_PICK_SEGMENT, keys));
    }

    /** A customer of the given segment, skewed so some customers of a segment are far more active. */
    Column pickCustomerIn(Column segment, long salt, Column... keys) {
        Column start = element_at(lit(blockStart), segment.plus(1));
        Column size = element_at(lit(blockSize), segment.plus(1));
        Column u = pow(random.uniform(salt * 1000 + SALT_PICK_POSITION, keys), POSITION_SKEW);
        return idOfPosition(start.plus(floor(u.multiply(size)).cast("bigint")));
    }

    static Lookup activityLookup() {
        double[] weights = new double[CustomerSegment.values().length];
        int[] values = new int[weights.length];
        for (CustomerSegment s : CustomerSegment.values()) {
            weights[s.ordinal()] = s.share() * s.orderWeight();
            values[s.ordinal()] = s.ordinal();
        }
        return Lookup.ofInts(values, weights);
    }

    private static long coprimeNear(long n, long start) {
        long candidate = Math.max(1, start % Math.max(1, n));
        while (BigInteger.valueOf(candidate).gcd(BigInteger.valueOf(n)).longValue() != 1) {
            candidate = candidate % n + 1;
        }
        return candidate;
    }
}
