package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.when;

import java.math.BigInteger;
import org.apache.spark.sql.Column;

/**
 * The planted communities of the social graph (issue 13, ADR 0025). Customers are placed in <em>slots</em>: runs of
 * {@link #COMMUNITY_SIZE} slots make one community. The first {@link #LOCAL_MEMBERS} slots of a community hold
 * consecutive {@link CustomerLayout} positions, which run through one segment block after another, so most of a
 * community shares one latent segment (friends are alike). The last {@link #MIXED_MEMBERS} slots of every community
 * form one pool that a seeded affine permutation shuffles across the whole layout, so each community also takes in
 * members from elsewhere, mostly other segments (it stays realistic, and the segments are not the communities).
 * A last, smaller community (when the customer count is not a multiple of the size) is unmixed.
 *
 * <p>Like the segment, the community is never a column: {@link #communityOf(long)} recomputes it from the id, the
 * customer count and the seed, and {@link #slotOfId}/{@link #idOfSlot} are the same formulas as Spark columns.
 */
public final class SocialCommunities {

    /** Members per community; the label-propagation figures in docs/data-model.md were measured with it. */
    public static final long COMMUNITY_SIZE = 50;
    /** Members drawn from anywhere in the layout: 20% of each community. */
    static final long MIXED_MEMBERS = 10;
    static final long LOCAL_MEMBERS = COMMUNITY_SIZE - MIXED_MEMBERS;

    private final CustomerLayout layout;
    private final long customers;
    /** Communities of full size; only they have mixed slots. */
    private final long fullCommunities;
    private final long poolSize;
    private final long multiplier;
    private final long inverse;
    private final long offset;

    SocialCommunities(CustomerLayout layout, long seed) {
        this.layout = layout;
        this.customers = layout.customers();
        this.fullCommunities = customers / COMMUNITY_SIZE;
        this.poolSize = Math.max(1, fullCommunities * MIXED_MEMBERS);
        // A golden-ratio stride sends neighbouring pool slots far apart, i.e. into other segment blocks.
        this.multiplier = coprimeNear(poolSize, (long) (poolSize * 0.6180339887) + Math.floorMod(seed, 89));
        this.inverse = BigInteger.valueOf(multiplier).modInverse(BigInteger.valueOf(poolSize)).longValueExact();
        this.offset = Math.floorMod(seed * 104_729, poolSize);
    }

    /** The communities of a data set generated with this many customers and this seed. */
    public static SocialCommunities of(long customers, long seed) {
        return new SocialCommunities(CustomerLayout.of(customers, seed), seed);
    }

    /** How many communities there are: ceil(customers / {@link #COMMUNITY_SIZE}). */
    public long communities() {
        return (customers + COMMUNITY_SIZE - 1) / COMMUNITY_SIZE;
    }

    /** The planted community (0 to {@link #communities()} − 1) of a customer (1-based ids, as in the customers table). */
    public long communityOf(long customerId) {
        if (customerId < 1 || customerId > customers) {
            throw new IllegalArgumentException("No customer " + customerId + " among " + customers);
        }
        return slotOfPosition(layout.positionOf(customerId)) / COMMUNITY_SIZE;
    }

    /** The slot of a layout position: a local slot is the position itself; a mixed one goes back through the pool. */
    long slotOfPosition(long position) {
        if (!isMixed(position)) {
            return position;
        }
        long shuffled = poolIndex(position);
        return slotOfPoolIndex(Math.floorMod(BigInteger.valueOf(shuffled - offset).multiply(BigInteger.valueOf(inverse))
                .mod(BigInteger.valueOf(poolSize)).longValueExact(), poolSize));
    }

    /** The slot of a customer id column, computed like {@link #communityOf(long)} (times the size, plus the offset in it). */
    Column slotOfId(Column customerId) {
        Column position = layout.positionOfId(customerId);
        Column original = pmod(poolIndex(position).minus(offset).multiply(inverse), lit(poolSize));
        return when(isMixed(position), slotOfPoolIndex(original)).otherwise(position);
    }

    /** The customer id in a slot column: the inverse of {@link #slotOfId}. */
    Column idOfSlot(Column slot) {
        Column shuffled = pmod(poolIndex(slot).multiply(multiplier).plus(offset), lit(poolSize));
        return layout.idOfPosition(when(isMixed(slot), slotOfPoolIndex(shuffled)).otherwise(slot));
    }

    // Slots and layout positions share one numbering, and the mixed places are the same set in both:
    // offsets LOCAL_MEMBERS.. of each full run of COMMUNITY_SIZE. So one test and one pool index serve both ways.

    private boolean isMixed(long place) {
        return place < fullCommunities * COMMUNITY_SIZE && place % COMMUNITY_SIZE >= LOCAL_MEMBERS;
    }

    private static long poolIndex(long place) {
        return place / COMMUNITY_SIZE * MIXED_MEMBERS + place % COMMUNITY_SIZE - LOCAL_MEMBERS;
    }

    private static long slotOfPoolIndex(long index) {
        return index / MIXED_MEMBERS * COMMUNITY_SIZE + LOCAL_MEMBERS + index % MIXED_MEMBERS;
    }

    private Column isMixed(Column place) {
        return place.lt(fullCommunities * COMMUNITY_SIZE).and(pmod(place, lit(COMMUNITY_SIZE)).geq(LOCAL_MEMBERS));
    }

    private static Column poolIndex(Column place) {
        return floor(place.divide(COMMUNITY_SIZE)).cast("bigint").multiply(MIXED_MEMBERS)
                .plus(pmod(place, lit(COMMUNITY_SIZE))).minus(LOCAL_MEMBERS);
    }

    private static Column slotOfPoolIndex(Column index) {
        return floor(index.divide(MIXED_MEMBERS)).cast("bigint").multiply(COMMUNITY_SIZE)
                .plus(LOCAL_MEMBERS).plus(pmod(index, lit(MIXED_MEMBERS)));
    }

    private static long coprimeNear(long n, long start) {
        long candidate = Math.max(1, start % n);
        while (BigInteger.valueOf(candidate).gcd(BigInteger.valueOf(n)).longValue() != 1) {
            candidate = candidate % n + 1;
        }
        return candidate;
    }
}
